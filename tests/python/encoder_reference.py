#!/usr/bin/env python3
"""PyTorch reference of SleepFM.Models.ChannelAgnosticEncoder (SPEC section 2), with the same state-dict names.

It uses torch.nn.TransformerEncoderLayer itself, so agreement with the C# encoder also shows that the C#
TransformerEncoderLayer / MultiheadSelfAttention are semantically PyTorch's (batch_first=True, relu).

Usage (each DIR holds config.json = EncoderConfig.ToJson() and inputs.pt = {signal [B,C,T], mask [B,C] (0/1),
optional positions [B,C,3] with NaN = unknown}):
  encoder_reference.py --run DIR ...     load DIR/weights.pt (written by C#), write DIR/outputs.pt {tokens, clip}
  encoder_reference.py --export DIR ...  build a seeded model, save DIR/weights.pt with torch.save, write DIR/outputs.pt
Everything runs in float64 and eval mode.
"""
import json
import math
import sys

import torch
from torch import nn


class TokenizerBlock(nn.Module):
    def __init__(self, cin, cout, kernel, out_length, normalization):
        super().__init__()
        self.normalization = normalization
        self.conv = nn.Conv1d(cin, cout, kernel, stride=2, padding=kernel // 2)
        self.batch_norm = nn.BatchNorm1d(cout)
        if normalization == "Channels":
            self.layer_norm = nn.LayerNorm(cout)
        else:
            self.layer_norm = nn.LayerNorm([cout, out_length])

    def forward(self, x):
        h = nn.functional.elu(self.batch_norm(self.conv(x)))
        if self.normalization == "Channels":
            return self.layer_norm(h.transpose(1, 2)).transpose(1, 2)
        return self.layer_norm(h)


class PatchTokenizer(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.token_samples = cfg["TokenSamples"]
        kernel = cfg["TokenizerKernelSize"]
        blocks, cin, length = [], 1, cfg["TokenSamples"]
        for cout in cfg["TokenizerChannels"]:
            length = (length + 2 * (kernel // 2) - kernel) // 2 + 1
            blocks.append(TokenizerBlock(cin, cout, kernel, length, cfg["TokenizerNormalization"]))
            cin = cout
        self.blocks = nn.ModuleList(blocks)
        self.proj = nn.Linear(cin, cfg["EmbeddingDim"])

    def forward(self, signals):  # [N, T] -> [N, S, d]
        n, t = signals.shape
        s = t // self.token_samples
        h = signals.reshape(n * s, 1, self.token_samples)
        for block in self.blocks:
            h = block(h)
        return self.proj(h.mean(2)).reshape(n, s, -1)


def frequency_triples(mode):
    triples = [(x, y, z) for x in range(8) for y in range(8) for z in range(8)]  # itertools.product order
    if mode == "AuthorsTruncated":
        return triples[:64]
    return sorted(triples, key=lambda f: f[0] ** 2 + f[1] ** 2 + f[2] ** 2)[:64]  # sorted() is stable


class ChannelPositionalEncoding(nn.Module):
    def __init__(self, d, mode):
        super().__init__()
        self.mode = mode
        self.linear = nn.Linear(128, d)
        self.norm = nn.LayerNorm(d)

    def forward(self, positions):  # [B, C, 3] -> [B, C, d]
        known = torch.isfinite(positions).all(-1, keepdim=True)
        safe = torch.where(known, positions, torch.zeros_like(positions))
        f = torch.tensor(frequency_triples(self.mode), dtype=positions.dtype)
        phase = (safe + 0.4) @ f.T * (2 * math.pi / 1.8)
        features = torch.cat([phase.cos(), phase.sin()], -1)
        return self.norm(nn.functional.gelu(self.linear(features))) * known.to(positions.dtype)


class SpatialAttentionPooling(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.authors_mean = cfg["AuthorsSpatialMean"]
        self.layer = nn.TransformerEncoderLayer(cfg["EmbeddingDim"], cfg["SpatialHeads"], cfg["SpatialFeedForwardDim"],
                                                cfg["Dropout"], batch_first=True, norm_first=cfg["SpatialNormFirst"])

    def forward(self, tokens, mask):  # [B, C, S, d], [B, C] bool (True = real)
        b, c, s, d = tokens.shape
        per_step = tokens.permute(0, 2, 1, 3).reshape(b * s, c, d)
        attend = mask | ~mask.any(1, keepdim=True)
        padding = (~attend).unsqueeze(1).expand(b, s, c).reshape(b * s, c)
        mixed = self.layer(per_step, src_key_padding_mask=padding if padding.any() else None).reshape(b, s, c, d)
        if self.authors_mean:
            return mixed.mean(2)
        w = mask.to(mixed.dtype).reshape(b, 1, c, 1)
        return (mixed * w).sum(2) / w.sum(2).clamp_min(1.0)


class ChannelAgnosticEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        d = cfg["EmbeddingDim"]
        self.d = d
        self.tokenizer = PatchTokenizer(cfg)
        if cfg["UseChannelPositions"]:
            self.channel_pe = ChannelPositionalEncoding(d, cfg["ChannelPositionMode"])
        else:
            self.channel_pe = None
        self.spatial_pooling = SpatialAttentionPooling(cfg)
        self.layer_norm = nn.LayerNorm(d)
        layer = nn.TransformerEncoderLayer(d, cfg["TemporalHeads"], cfg["TemporalFeedForwardDim"], cfg["Dropout"],
                                           batch_first=True, norm_first=True)
        self.transformer_encoder = nn.TransformerEncoder(layer, cfg["TemporalLayers"], enable_nested_tensor=False)
        self.temporal_pooling = nn.Module()
        self.temporal_pooling.score = nn.Linear(d, 1)

    def forward(self, signal, mask, positions=None):
        b, c, t = signal.shape
        tokens = self.tokenizer(signal.reshape(b * c, t)).reshape(b, c, -1, self.d)
        tokens = tokens * mask.to(tokens.dtype)[:, :, None, None]  # padded channels are never tokenised in C#
        if self.channel_pe is not None and positions is not None:
            tokens = tokens + self.channel_pe(positions).unsqueeze(2)
        pooled = self.spatial_pooling(tokens, mask)
        s = pooled.shape[1]
        position = torch.arange(s, dtype=torch.float64).unsqueeze(1)
        rate = torch.exp(torch.arange(0, self.d, 2, dtype=torch.float64) * (-math.log(10000.0) / self.d))
        angle = position * rate
        table = torch.stack([angle.sin(), angle.cos()], 2).reshape(s, self.d).to(pooled.dtype)
        per_token = self.transformer_encoder(self.layer_norm(pooled + table))
        weights = self.temporal_pooling.score(per_token).softmax(1)
        return per_token, (weights * per_token).sum(1)


def load_case(directory):
    with open(f"{directory}/config.json") as f:
        cfg = json.load(f)
    inputs = torch.load(f"{directory}/inputs.pt")
    signal = inputs["signal"].double()
    # Padded channels may hold NaN garbage; C# never tokenises them, here they are zeroed before the tokenizer.
    mask = inputs["mask"] > 0.5
    signal = torch.where(mask.unsqueeze(-1), signal, torch.zeros_like(signal))
    positions = inputs.get("positions")
    return cfg, signal, mask, None if positions is None else positions.double()


def main(argv):
    torch.set_num_threads(1)
    mode = None
    for arg in argv:
        if arg in ("--run", "--export"):
            mode = arg
            continue
        cfg, signal, mask, positions = load_case(arg)
        model = ChannelAgnosticEncoder(cfg).double()
        if mode == "--run":
            model.load_state_dict(torch.load(f"{arg}/weights.pt"), strict=True)
        elif mode == "--export":
            torch.manual_seed(1234)
            model = ChannelAgnosticEncoder(cfg).double()
            with torch.no_grad():  # non-trivial BatchNorm statistics, so buffers must travel too
                for module in model.modules():
                    if isinstance(module, nn.BatchNorm1d):
                        module.running_mean.uniform_(-0.5, 0.5)
                        module.running_var.uniform_(0.5, 2.0)
            torch.save(model.state_dict(), f"{arg}/weights.pt")
        else:
            raise SystemExit("first argument must be --run or --export")
        model.eval()
        with torch.no_grad():
            tokens, clip = model(signal, mask, positions)
        torch.save({"tokens": tokens.contiguous(), "clip": clip.contiguous()}, f"{arg}/outputs.pt")
        print(f"{mode[2:]} {arg}: tokens {tuple(tokens.shape)} clip {tuple(clip.shape)}")


if __name__ == "__main__":
    main(sys.argv[1:])
