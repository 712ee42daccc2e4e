/// Patterns the program itself chooses, built without parsing so they need no error path.
extension NumberPattern {
    /// `%.3g`: three significant digits, what an annotation placeholder written without a pattern prints.
    public static let threeSignificantDigits = NumberPattern(
        text: "%.3g", pieces: [.conversion(NumberFormat.Spec(precision: 3, conversion: "g"))])

    init(text: String, pieces: [Piece]) {
        self.text = text
        self.pieces = pieces
    }
}
