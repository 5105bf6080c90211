#!/usr/bin/env python3
"""PyTorch side of the "encoder-train" benchmark: the same LOO-CL training steps as
benchmarks/SleepFM.Benchmarks/Models/EncoderTrainBenchmark.cs, on tests/python/encoder_reference.py's model
(same architecture and parameter names). Prints one JSON line. Preset sizes are read from the JSON the C# side
writes with EncoderConfig.ToJson (run.sh passes it with --config)."""
import argparse
import importlib.util
import json
import math
import os
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "encoder_reference", os.path.join(HERE, "..", "..", "tests", "python", "encoder_reference.py"))
reference = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reference)

MODALITIES = [("BAS", 6), ("ECG", 1), ("RESP", 3)]


def loo_loss(embeddings, log_scale):  # [M, B, D], every modality present
    z = embeddings / embeddings.norm(dim=-1, keepdim=True)
    m, b, _ = z.shape
    total = z.sum(0)
    diag = torch.arange(b)
    loss = 0
    for i in range(m):
        target = (total - z[i]) / (m - 1)
        logits = z[i] @ target.T * log_scale.exp()
        ce = torch.nn.functional.cross_entropy
        loss = loss + ce(logits, diag, reduction="sum") + ce(logits.T, diag, reduction="sum")
    return loss / (2 * m) / b


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    parser.add_argument("--preset", default="small")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--tokens", type=int, default=60)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    args = parser.parse_args()
    with open(args.config) as f:
        cfg = json.load(f)
    torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    encoder = reference.ChannelAgnosticEncoder(cfg)  # float32, shared by all modalities as in the C# benchmark
    log_scale = torch.nn.Parameter(torch.zeros(()))
    optimizer = torch.optim.AdamW(list(encoder.parameters()) + [log_scale], lr=1e-3)
    encoder.train()
    g = torch.Generator().manual_seed(7)
    data = [(torch.randn(args.batch, c, args.tokens * cfg["TokenSamples"], generator=g), torch.ones(args.batch, c, dtype=torch.bool))
            for _, c in MODALITIES]
    times, last = [], 0.0
    for step in range(args.warmup + args.steps):
        start = time.perf_counter()
        optimizer.zero_grad()
        clips = torch.stack([encoder(signal, mask)[1] for signal, mask in data])
        loss = loo_loss(clips, log_scale)
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            log_scale.clamp_(min=0)
        last = loss.item()
        if step >= args.warmup:
            times.append(time.perf_counter() - start)
    times.sort()
    median = times[len(times) // 2]
    print(json.dumps({"benchmark": "encoder-train", "tool": f"PyTorch {torch.__version__}", "preset": args.preset,
                      "batch": args.batch, "tokens": args.tokens, "threads": args.threads, "steps": args.steps,
                      "parameters": sum(p.numel() for p in encoder.parameters()),
                      "medianMsPerStep": round(median * 1000, 1), "clipsPerSecond": round(args.batch / median, 2),
                      "lastLoss": last}))


if __name__ == "__main__":
    main()
