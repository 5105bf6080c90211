#!/usr/bin/env python3
"""PyTorch side of the "encoder-step" benchmark: forward + backward + AdamW of one fine-tuning batch
(default 16 clips x 19 channels x 10 tokens) through tests/python/encoder_reference.py's encoder and a linear
head, as benchmarks/SleepFM.Benchmarks/Models/EncoderStepBenchmark.cs does. Prints one JSON line; --profile
also prints the top operators (torch.profiler)."""
import argparse
import importlib.util
import json
import os
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "encoder_reference", os.path.join(HERE, "..", "..", "tests", "python", "encoder_reference.py"))
reference = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reference)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    parser.add_argument("--preset", default="tiny")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--channels", type=int, default=19)
    parser.add_argument("--tokens", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with open(args.config) as f:
        cfg = json.load(f)
    torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    encoder = reference.ChannelAgnosticEncoder(cfg)
    head = torch.nn.Linear(cfg["EmbeddingDim"], 5)
    optimizer = torch.optim.AdamW(list(encoder.parameters()) + list(head.parameters()), lr=1e-3)
    encoder.train()
    g = torch.Generator().manual_seed(7)
    signal = torch.randn(args.batch, args.channels, args.tokens * cfg["TokenSamples"], generator=g)
    mask = torch.ones(args.batch, args.channels, dtype=torch.bool)
    labels = torch.randint(0, 5, (args.batch,), generator=g)

    def step():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(head(encoder(signal, mask)[1]), labels, label_smoothing=0.1)
        loss.backward()
        optimizer.step()
        return loss.item()

    times, cpu_times, last = [], [], 0.0
    for i in range(args.warmup + args.steps):
        start, cpu_start = time.perf_counter(), time.process_time()
        last = step()
        if i >= args.warmup:
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu_start)
    times.sort()
    cpu_times.sort()
    median, median_cpu = times[len(times) // 2], cpu_times[len(cpu_times) // 2]
    print(json.dumps({"benchmark": "encoder-step", "tool": f"PyTorch {torch.__version__}", "preset": args.preset,
                      "batch": args.batch, "channels": args.channels, "tokens": args.tokens, "threads": args.threads,
                      "steps": args.steps, "medianMsPerStep": round(median * 1000, 1),
                      "medianCpuMsPerStep": round(median_cpu * 1000, 1), "lastLoss": last}))
    if args.profile:
        from torch.profiler import profile, ProfilerActivity
        with profile(activities=[ProfilerActivity.CPU]) as prof:
            for _ in range(5):
                step()
        print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=30))


if __name__ == "__main__":
    main()
