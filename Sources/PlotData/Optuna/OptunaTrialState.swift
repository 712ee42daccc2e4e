/// An Optuna trial's state, as its storage spells it (`trials.state`).
public enum OptunaTrialState: String, Sendable, Hashable, CaseIterable {
    case running = "RUNNING"
    case waiting = "WAITING"
    case complete = "COMPLETE"
    case pruned = "PRUNED"
    case fail = "FAIL"
}
