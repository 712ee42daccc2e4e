/// How a number is spelled when it becomes a category name (a number in a column that also holds text, an
/// Optuna choice): integers without a fraction (`32`), others in Swift's shortest round-trip form
/// (`0.001`, `1e-05`), `nan`, `inf`, `-inf`.
public enum NumberSpelling {
    public static func spelling(of value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return value.description
    }
}
