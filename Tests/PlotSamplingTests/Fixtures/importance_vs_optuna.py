#!/usr/bin/env python3
"""Compares plotspec's exact importance of the learning rate x weight decay landscape with Optuna's
importance evaluators on random trials of the same landscape (docs/importance.md records the output).

Not a CI test: needs optuna (>= 3) and scikit-learn (for FanovaImportanceEvaluator).

    swift build && python3 Tests/PlotSamplingTests/Fixtures/importance_vs_optuna.py [--trials 300 1000 3000]

The trials are plotspec's own (`plotspec data` of importance_lrwd_trials.yaml, with --trials overriding its
count): learning rate and weight decay drawn log-uniformly, every other parameter held. Optuna is given
each trial's noise-free score (`true_score`, clipped to [0, 1] like every sample) and, separately, its
noisy score. plotspec's exact numbers come from `plotspec data` of an importance plot on the same
landscape, with and without the clip.
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import optuna
from optuna.distributions import FloatDistribution

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
PLOTSPEC = os.path.join(ROOT, ".build", "debug", "plotspec")
PARAMETERS = ["learning_rate", "weight_decay"]
RANGES = {"learning_rate": (1.0e-5, 0.3162), "weight_decay": (1.0e-6, 0.3162)}


def plotspec_data(spec_text):
    """`plotspec data` of a spec written beside the fixture (so its `extends` path resolves)."""
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", dir=HERE, delete=False) as handle:
        handle.write(spec_text)
        path = handle.name
    try:
        out = subprocess.run([PLOTSPEC, "data", path], check=True, capture_output=True, text=True, cwd=ROOT)
        return list(csv.DictReader(io.StringIO(out.stdout)))
    finally:
        os.unlink(path)


def fixture(count):
    with open(os.path.join(HERE, "importance_lrwd_trials.yaml")) as handle:
        return handle.read().replace("count: 300", f"count: {count}")


def exact(clipped):
    text = fixture(300).replace(
        "scatter: {x: learning_rate, y: weight_decay}", f"importance: {{clipped: {str(clipped).lower()}, nodes: 96}}")
    return {row["parameter"]: float(row["share"]) for row in plotspec_data(text)}


def optuna_importances(rows, column, evaluator):
    distributions = {name: FloatDistribution(*RANGES[name], log=True) for name in PARAMETERS}
    study = optuna.create_study(direction="maximize")
    study.add_trials(
        optuna.trial.create_trial(
            params={name: float(row[name]) for name in PARAMETERS}, distributions=distributions,
            value=float(row[column]))
        for row in rows)
    return optuna.importance.get_param_importances(study, evaluator=evaluator, normalize=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, nargs="+", default=[300, 1000, 3000])
    parser.add_argument("--seeds", type=int, default=5, help="random-forest seeds for fANOVA")
    args = parser.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    print(f"optuna {optuna.__version__}", flush=True)
    results = {}

    def record(name, value):
        results[name] = value
        print(name, json.dumps(value), flush=True)

    record("plotspec exact, unclipped", exact(False))
    record("plotspec exact, clipped", exact(True))
    for count in args.trials:
        rows = plotspec_data(fixture(count))
        for column in ["true_score", "score"]:
            seeds = [
                optuna_importances(rows, column, optuna.importance.FanovaImportanceEvaluator(seed=seed))
                for seed in range(args.seeds)
            ]
            mean = {name: sum(s[name] for s in seeds) / len(seeds) for name in PARAMETERS}
            spread = {name: max(s[name] for s in seeds) - min(s[name] for s in seeds) for name in PARAMETERS}
            record(f"optuna fANOVA, {count} trials, {column}", {**mean, "seed spread": spread})
            if hasattr(optuna.importance, "PedAnovaImportanceEvaluator"):
                record(
                    f"optuna PED-ANOVA, {count} trials, {column}",
                    optuna_importances(rows, column, optuna.importance.PedAnovaImportanceEvaluator()))


if __name__ == "__main__":
    sys.exit(main())
