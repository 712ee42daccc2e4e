#!/usr/bin/env python3
"""Makes PlotData's test fixtures with the real tools, and writes the values the tests check.

Run from anywhere:  python3 Tests/PlotDataTests/Fixtures/make_fixtures.py   (needs `pip install optuna`)

Writes, beside this script:
  study.db          an Optuna RDB storage (SQLite) with two studies, made by optuna itself:
                    'fixture-study' (minimize; log-float, int, log-int, stepped float and categorical
                    parameters; complete, pruned and failed trials) and 'fixture-multi' (two objectives,
                    minimize and maximize, with a categorical over mixed choices)
  trials.csv        the complete and pruned trials of 'fixture-study' as a plain CSV (Python's csv module:
                    CRLF line ends, quoted fields with commas, quotes and a line break)
  trials.jsonl      every trial of 'fixture-study' as JSON Lines (json.dumps: null for no value, NaN for
                    a failed trial's loss)
  wandb_export.csv  the same trials in the shape of a W&B runs-table CSV export (every field quoted; run
                    metadata, then config, then summary columns)
  broken/           one small file per error the readers report (written by write_broken_files below)
  expected.json     what the tests compare against: every trial's number, state, parameters and values,
                    the directions and the distributions, as optuna reports them

The sampler is seeded, so the trials (and therefore expected.json) are the same on every run; the database
bytes differ (it records wall-clock times).
"""
import csv
import json
import math
import os

import optuna

HERE = os.path.dirname(os.path.abspath(__file__))
STORAGE = "sqlite:///" + os.path.join(HERE, "study.db")
optuna.logging.set_verbosity(optuna.logging.ERROR)  # failed trials would each print a traceback


def objective(trial):
    lr = trial.suggest_float("learning_rate", 1e-5, 1e-1, log=True)
    layers = trial.suggest_int("layers", 1, 8)
    batch = trial.suggest_int("batch_size", 16, 256, log=True)
    dropout = trial.suggest_float("dropout", 0.0, 0.5, step=0.05)
    optimizer = trial.suggest_categorical("optimizer", ["adam", "sgd", "rmsprop"])
    loss = (math.log10(lr) + 3) ** 2 + 0.1 * (layers - 4) ** 2 + 0.5 * dropout
    loss += {"adam": 0.0, "sgd": 0.3, "rmsprop": 0.15}[optimizer] + 0.05 * math.log2(batch / 64) ** 2
    if trial.number % 23 == 7:
        raise ValueError("diverged")  # a failed trial
    trial.report(loss * 1.5, step=0)
    if trial.number % 17 == 5:
        raise optuna.TrialPruned()
    return loss


def multi_objective(trial):
    x = trial.suggest_float("x", -2.0, 2.0)
    choice = trial.suggest_categorical("choice", ["a", 2, 0.5, True, None])
    bonus = {"a": 0.0, 2: 0.2, 0.5: 0.4, True: 0.6, None: 0.8}[choice]
    return x * x + bonus, -((x - 1) ** 2) + bonus


def main():
    path = os.path.join(HERE, "study.db")
    if os.path.exists(path):
        os.remove(path)
    study = optuna.create_study(
        study_name="fixture-study", storage=STORAGE, direction="minimize",
        sampler=optuna.samplers.TPESampler(seed=42))
    study.optimize(objective, n_trials=300, catch=(ValueError,))
    multi = optuna.create_study(
        study_name="fixture-multi", storage=STORAGE, directions=["minimize", "maximize"],
        sampler=optuna.samplers.NSGAIISampler(seed=7))
    multi.optimize(multi_objective, n_trials=40)

    expected = {"studies": {}}
    for s in (study, multi):
        trials = s.get_trials(deepcopy=False)
        distributions = {}
        for t in trials:
            for name, d in t.distributions.items():
                distributions[name] = json.loads(optuna.distributions.distribution_to_json(d))
        expected["studies"][s.study_name] = {
            "directions": [d.name.lower() for d in s.directions],
            "distributions": distributions,
            "trials": [
                {"number": t.number, "state": t.state.name, "params": t.params,
                 # what the storage holds: a categorical parameter's index into its choices
                 "internal": {n: t.distributions[n].to_internal_repr(v) for n, v in t.params.items()},
                 "values": t.values if t.values is not None else None}
                for t in trials
            ],
        }
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")

    trials = study.get_trials(deepcopy=False)
    names = ["learning_rate", "layers", "batch_size", "dropout", "optimizer"]
    notes = {3: 'lr "high", check', 10: "two\nlines", 20: "comma, inside"}

    with open(os.path.join(HERE, "trials.csv"), "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["number"] + names + ["value", "note"])
        for t in trials:
            if t.state.name == "FAIL":
                continue
            value = "" if t.values is None else repr(t.values[0])
            writer.writerow([t.number] + [t.params[n] for n in names] + [value, notes.get(t.number, "")])

    with open(os.path.join(HERE, "trials.jsonl"), "w") as f:
        for t in trials:
            row = {"number": t.number, **{n: t.params.get(n) for n in names}, "state": t.state.name}
            row["value"] = t.values[0] if t.values is not None else None
            if t.state.name == "FAIL":
                row["loss"] = float("nan")
            f.write(json.dumps(row) + "\n")

    states = {"COMPLETE": "finished", "PRUNED": "killed", "FAIL": "failed"}
    with open(os.path.join(HERE, "wandb_export.csv"), "w", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(["Name", "State", "Notes", "User", "Tags", "Created", "Runtime", "Sweep"]
                        + names + ["_runtime", "_step", "_timestamp", "val_loss"])
        for t in trials:
            value = "" if t.values is None else repr(t.values[0])
            created = "2026-11-30T%02d:%02d:00.000Z" % (t.number // 60 % 24, t.number % 60)
            writer.writerow(
                ["run-%03d" % t.number, states[t.state.name], "-", "", "", created, "45", "fx7k2p1q"]
                + ["" if t.params.get(n) is None else t.params[n] for n in names]
                + ["45.2", "0", "%d" % (1764460800 + 60 * t.number), value])

    counts = {}
    for t in trials:
        counts[t.state.name] = counts.get(t.state.name, 0) + 1
    print("fixture-study:", counts, "best value", study.best_value, "at trial", study.best_trial.number)
    print("fixture-multi:", len(multi.trials), "trials, directions", [d.name for d in multi.directions])


def write_broken_files():
    """One small file per located error; the tests name the line and column each error points at."""
    folder = os.path.join(HERE, "broken")
    os.makedirs(folder, exist_ok=True)
    files = {
        "empty.csv": b"",
        "bom_only.csv": b"\xef\xbb\xbf\n\n",
        "invalid_utf8.csv": b"lr,optimizer\n0.1,adam\n0.2,s\xffgd\n",
        "ragged.csv": b"lr,layers,score\n0.1,2,0.5\n0.2,3\n0.3,4,0.7,extra\n",
        "unterminated_quote.csv": b'lr,note\n0.1,"fine"\n0.2,"never closed\n0.3,x\n',
        "text_after_quote.csv": b'lr,note\n0.1,"quoted"tail\n0.2,ok\n',
        "quote_in_field.csv": b'lr,note\n0.1,ab"c\n',
        "duplicate_column.csv": b"lr,score,lr\n0.1,0.5,0.2\n",
        "syntax.jsonl": b'{"lr": 0.1, "score": 0.5}\n{"lr": 0.2, "score": }\n',
        "not_object.jsonl": b'{"lr": 0.1}\n[0.2, 0.5]\n',
        "nested.jsonl": b'{"lr": 0.1, "config": {"depth": 3}}\n',
        "duplicate_key.jsonl": b'{"lr": 0.1, "score": 0.5, "lr": 0.2}\n',
        "invalid_utf8.jsonl": b'{"lr": 0.1, "optimizer": "s\xffgd"}\n',
        "not_sqlite.db": b"this is a text file, not a database\n",
    }
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)

    import sqlite3
    other = os.path.join(folder, "not_optuna.db")
    if os.path.exists(other):
        os.remove(other)
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE studies (study_id INTEGER PRIMARY KEY, study_name TEXT)")
    connection.execute("CREATE TABLE measurements (x REAL)")
    connection.commit()
    connection.close()

    # A real storage with its table pages overwritten: SQLite reads the header, then finds garbage.
    corrupt = os.path.join(folder, "corrupt.db")
    with open(os.path.join(HERE, "study.db"), "rb") as f:
        header = f.read(4096)
    page_size = int.from_bytes(header[16:18], "big")
    with open(corrupt, "wb") as f:
        f.write(header[:page_size] + bytes((i * 37 + 11) % 256 for i in range(page_size * 3)))


if __name__ == "__main__":
    main()
    write_broken_files()
