/// What a source says a column holds, so the next stage can map columns without guessing.
public enum ColumnRole: Sendable, Hashable {
    /// A plain data column: the source does not say (CSV, JSON Lines, a W&B config or summary column).
    case data
    /// Run bookkeeping in a W&B export (`Name`, `State`, `Created`, `Runtime`, `_step`, …).
    case runMetadata
    /// An Optuna parameter (the column is `params_NAME`), with the distribution it was sampled from.
    case parameter(name: String, distribution: ParameterDistribution)
    /// An Optuna objective value: `objective` is its 0-based index, with the study's direction for it.
    case objective(index: Int, direction: OptimizationDirection)
    /// The Optuna trial number.
    case trialNumber
    /// The Optuna trial state (`COMPLETE`, `PRUNED`, `FAIL`, …).
    case trialState
}

/// Whether an objective is minimised or maximised (Optuna's `study_directions`).
public enum OptimizationDirection: String, Sendable, Hashable {
    case minimize
    case maximize
    /// Optuna's `NOT_SET`: the study never said.
    case notSet = "not_set"
}

/// The distribution an Optuna parameter was sampled from (`trial_params.distribution_json`).
///
/// Older Optuna classes map onto these: `UniformDistribution` and `LogUniformDistribution` are floats,
/// `DiscreteUniformDistribution` a float with a step `q`, `IntUniformDistribution` and
/// `IntLogUniformDistribution` integers. When trials of one study recorded different ranges for a
/// parameter (a search space that changed), the column holds the union of the ranges and keeps a step only
/// when every trial used the same one.
public enum ParameterDistribution: Sendable, Hashable {
    case float(low: Double, high: Double, log: Bool, step: Double?)
    case int(low: Int, high: Int, log: Bool, step: Int)
    /// The choices in declared order, each spelled as `NumberSpelling` spells numbers (`true`, `false` and
    /// `null` for JSON's literals); the column's category codes index this list.
    case categorical(choices: [String])
}
