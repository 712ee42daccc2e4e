#!/usr/bin/env python3
"""Makes the large inputs of benchmarks/data.sh: a 1,000,000-row CSV and a 100,000-trial Optuna study.

  python3 benchmarks/make_data.py OUTDIR

The CSV has six columns (trial number, learning rate, batch size, dropout, an optimizer name, a score). The
study is written with plain sqlite3 into the schema Optuna itself creates: when `optuna` is installed it
makes the empty storage (so the schema is exactly Optuna's); otherwise the same tables are created from
the statements below (Optuna 5.0's schema). 100,000 COMPLETE trials with four parameters (log-float, int,
stepped float, categorical) and one objective value each. Seeded: every run writes the same data.
"""
import json
import os
import random
import sqlite3
import sys

SCHEMA = """
CREATE TABLE studies (study_id INTEGER NOT NULL, study_name VARCHAR(512) NOT NULL, PRIMARY KEY (study_id));
CREATE TABLE study_directions (study_direction_id INTEGER NOT NULL, direction VARCHAR(8) NOT NULL,
  study_id INTEGER NOT NULL, objective INTEGER NOT NULL, PRIMARY KEY (study_direction_id),
  UNIQUE (study_id, objective), FOREIGN KEY(study_id) REFERENCES studies (study_id));
CREATE TABLE trials (trial_id INTEGER NOT NULL, number INTEGER, study_id INTEGER, state VARCHAR(8) NOT NULL,
  datetime_start DATETIME, datetime_complete DATETIME, PRIMARY KEY (trial_id),
  FOREIGN KEY(study_id) REFERENCES studies (study_id));
CREATE INDEX ix_trials_study_id ON trials (study_id);
CREATE TABLE trial_params (param_id INTEGER NOT NULL, trial_id INTEGER, param_name VARCHAR(512),
  param_value FLOAT, distribution_json TEXT, PRIMARY KEY (param_id), UNIQUE (trial_id, param_name),
  FOREIGN KEY(trial_id) REFERENCES trials (trial_id));
CREATE TABLE trial_values (trial_value_id INTEGER NOT NULL, trial_id INTEGER NOT NULL, objective INTEGER NOT NULL,
  value FLOAT, value_type VARCHAR(7) NOT NULL, PRIMARY KEY (trial_value_id), UNIQUE (trial_id, objective),
  FOREIGN KEY(trial_id) REFERENCES trials (trial_id));
"""


def make_csv(path, rows=1_000_000):
    rng = random.Random(1)
    with open(path, "w") as f:
        f.write("trial,learning_rate,batch_size,dropout,optimizer,score\n")
        for i in range(rows):
            f.write("%d,%.6g,%d,%.4f,%s,%.6f\n" % (
                i, 10 ** rng.uniform(-5, -1), rng.choice([16, 32, 64, 128, 256]), rng.uniform(0, 0.5),
                rng.choice(["adam", "sgd", "rmsprop"]), rng.gauss(0.8, 0.05)))


def make_study(path, trials=100_000):
    if os.path.exists(path):
        os.remove(path)
    try:
        import optuna
        optuna.logging.set_verbosity(optuna.logging.ERROR)
        optuna.create_study(study_name="bench", storage="sqlite:///" + path, direction="maximize")
        connection = sqlite3.connect(path)
    except ImportError:
        connection = sqlite3.connect(path)
        connection.executescript(SCHEMA)
        connection.execute("INSERT INTO studies VALUES (1, 'bench')")
        connection.execute("INSERT INTO study_directions VALUES (1, 'MAXIMIZE', 1, 0)")
    study_id = connection.execute("SELECT study_id FROM studies WHERE study_name = 'bench'").fetchone()[0]
    distributions = {
        "learning_rate": {"name": "FloatDistribution", "attributes": {"step": None, "low": 1e-05, "high": 0.1, "log": True}},
        "layers": {"name": "IntDistribution", "attributes": {"log": False, "step": 1, "low": 1, "high": 8}},
        "dropout": {"name": "FloatDistribution", "attributes": {"step": 0.05, "low": 0.0, "high": 0.5, "log": False}},
        "optimizer": {"name": "CategoricalDistribution", "attributes": {"choices": ["adam", "sgd", "rmsprop"]}},
    }
    texts = {name: json.dumps(d) for name, d in distributions.items()}
    rng = random.Random(2)
    trial_rows, param_rows, value_rows = [], [], []
    for number in range(trials):
        trial_id = number + 1
        trial_rows.append((trial_id, number, study_id, "COMPLETE", "2026-12-01 00:00:00", "2026-12-01 00:00:01"))
        params = {"learning_rate": 10 ** rng.uniform(-5, -1), "layers": float(rng.randint(1, 8)),
                  "dropout": 0.05 * rng.randint(0, 10), "optimizer": float(rng.randint(0, 2))}
        for name, value in params.items():
            param_rows.append((trial_id, name, value, texts[name]))
        value_rows.append((trial_id, 0, rng.gauss(0.8, 0.05), "FINITE"))
    connection.executemany("INSERT INTO trials VALUES (?, ?, ?, ?, ?, ?)", trial_rows)
    connection.executemany(
        "INSERT INTO trial_params (trial_id, param_name, param_value, distribution_json) VALUES (?, ?, ?, ?)",
        param_rows)
    connection.executemany(
        "INSERT INTO trial_values (trial_id, objective, value, value_type) VALUES (?, ?, ?, ?)", value_rows)
    connection.commit()
    connection.close()


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/plotspec-data-bench"
    os.makedirs(out, exist_ok=True)
    make_csv(os.path.join(out, "trials_1m.csv"))
    make_study(os.path.join(out, "study_100k.db"))
    print("wrote", out)
