import PlotDiagnostics
import PlotFormula
import PlotScales
import PlotSpec

/// Rewrites the score model's terms as one formula, so the whole landscape is evaluated by a single
/// compiled, column-wise program:
///
///     clamp(baseline + Σ termᵢ · Π factorᵢⱼ + Σ σₖ · noiseₖ, lo, hi)
///
/// Noise terms become variables named `#noise0`, `#noise1`, … whose columns hold standard normals.
struct ScoreLowering {
    let parameters: [Parameter]

    /// The lowered formula and the noise streams its `#noise` variables stand for, in order; `clipped: false`
    /// leaves out the model's clip (evaluation clips after checking the values are finite); `noisy: false`
    /// leaves out the noise terms (with their factors), giving the noise-free value and no noise streams.
    func lower(_ model: ScoreModel, span: SourceSpan, clipped: Bool = true, noisy: Bool = true)
        -> (Expression, [Noise])
    {
        var noises: [Noise] = []
        var sum: Expression? = model.baseline == 0 ? nil : .number(model.baseline, span)
        for term in model.terms {
            if !noisy, case .noise = term.shape { continue }
            var value: Expression
            var subtract = false
            if case .noise(let noise) = term.shape {
                value = .binary(
                    .multiply, noise.sigma.expression, .variable(noiseName(noises.count), term.span),
                    term.span)
                noises.append(noise)
            } else if case .penalty(let penalty) = term.shape {
                value = lowerPenalty(penalty, term.span)
                subtract = true
            } else {
                value = lower(term.shape, span: term.span)
            }
            for factor in term.factors {
                value = .binary(.multiply, value, lower(factor, span: term.span), term.span)
            }
            if let previous = sum {
                sum = .binary(subtract ? .subtract : .add, previous, value, term.span)
            } else {
                sum = subtract ? .unary(.negate, value, term.span) : value
            }
        }
        var total = sum ?? .number(0, span)
        if clipped, let clip = model.clip {
            total = .call("clamp", [total, .number(clip.lowerBound, span), .number(clip.upperBound, span)], span)
        }
        return (total, noises)
    }

    func noiseName(_ index: Int) -> String { "#noise\(index)" }

    private func lower(_ shape: TermShape, span: SourceSpan) -> Expression {
        switch shape {
        case .bell(let bell): lowerBell(bell, span)
        case .ridge(let ridge): lowerRidge(ridge, span)
        case .penalty(let penalty): .unary(.negate, lowerPenalty(penalty, span), span)  // subtracted
        case .interaction(let i):
            .binary(
                .multiply, .number(i.strength, span), .binary(.multiply, i.x.expression, i.y.expression, span), span)
        case .expression(let formula): formula.expression
        case .noise(let noise): noise.sigma.expression  // not reachable as a factor: the decoder refuses it
        }
    }

    /// `gauss((x − c) / w)` where `w` is the width below or above the centre.
    private func gaussian(_ x: Expression, center: Double, below: Double, above: Double, _ span: SourceSpan)
        -> Expression
    {
        // `x + 4.9` rather than `x - -4.9`, so dumps of the lowered formula read naturally.
        let offset: Expression =
            center < 0
            ? .binary(.add, x, .number(-center, span), span) : .binary(.subtract, x, .number(center, span), span)
        let width: Expression =
            below == above
            ? .number(below, span)
            : .call(
                "if", [.binary(.less, x, .number(center, span), span), .number(below, span), .number(above, span)],
                span)
        return .call("gauss", [.binary(.divide, offset, width, span)], span)
    }

    private func lowerBell(_ bell: Bell, _ span: SourceSpan) -> Expression {
        var product: Expression = .number(bell.height, span)
        for axis in bell.axes {
            let parameter = parameters[axis.parameter]
            let variable: Expression = .variable(parameter.name, span)
            let scaled: Expression =
                switch parameter.scale {
                case .linear: variable
                case .log10: .call("log10", [variable], span)
                case .log2: .call("log2", [variable], span)
                case .ln: .call("ln", [variable], span)
                }
            let g = gaussian(
                scaled, center: parameter.scale.forward(axis.center), below: axis.widthBelow,
                above: axis.widthAbove, span)
            product = .binary(.multiply, product, g, span)
        }
        return product
    }

    private func lowerRidge(_ ridge: Ridge, _ span: SourceSpan) -> Expression {
        let g = gaussian(
            ridge.along.expression, center: ridge.center, below: ridge.widthBelow,
            above: ridge.widthAbove, span)
        return ridge.height == 1 ? g : .binary(.multiply, .number(ridge.height, span), g, span)
    }

    /// The penalty's (positive) size; the caller negates it.
    private func lowerPenalty(_ penalty: Penalty, _ span: SourceSpan) -> Expression {
        let strength: Expression = .number(penalty.strength, span)
        switch penalty.shape {
        case .sigmoid:
            return .binary(.multiply, strength, soften(penalty.when.expression, penalty.softness, span), span)
        case .linear, .quadratic:
            guard case .binary(let op, let lhs, let rhs, _) = penalty.when.expression else { return .number(0, span) }
            let excess =
                [.greater, .greaterEqual].contains(op) ? difference(lhs, rhs, span) : difference(rhs, lhs, span)
            let positive: Expression = .call("max", [excess, .number(0, span)], span)
            let grown: Expression =
                penalty.shape == .linear
                ? positive : .binary(.multiply, positive, positive, span)
            return .binary(.multiply, strength, grown, span)
        }
    }

    /// The degree (0…1) to which a boolean formula holds, with comparisons smoothed into sigmoids of
    /// width `softness` (a hard 0/1 when softness is 0).
    private func soften(_ condition: Expression, _ softness: Double, _ span: SourceSpan) -> Expression {
        let one: Expression = .number(1, span)
        switch condition {
        case .binary(let op, let lhs, let rhs, let s) where [.greater, .greaterEqual, .less, .lessEqual].contains(op):
            guard softness > 0 else { return hard(condition, s) }
            let excess = [.greater, .greaterEqual].contains(op) ? difference(lhs, rhs, s) : difference(rhs, lhs, s)
            return .call("sigmoid", [.binary(.divide, excess, .number(softness, s), s)], s)
        case .binary(.and, let lhs, let rhs, let s):
            return .binary(.multiply, soften(lhs, softness, span), soften(rhs, softness, span), s)
        case .binary(.or, let lhs, let rhs, let s):
            let notL: Expression = .binary(.subtract, one, soften(lhs, softness, span), s)
            let notR: Expression = .binary(.subtract, one, soften(rhs, softness, span), s)
            return .binary(.subtract, one, .binary(.multiply, notL, notR, s), s)
        case .unary(.not, let inner, let s):
            return .binary(.subtract, one, soften(inner, softness, span), s)
        default:
            return hard(condition, condition.span)
        }
    }

    /// `a − b`, written `a + 1` rather than `a - -1` when `b` is a negative literal (same value exactly).
    private func difference(_ a: Expression, _ b: Expression, _ span: SourceSpan) -> Expression {
        if case .number(let v, let s) = b, v < 0 { return .binary(.add, a, .number(-v, s), span) }
        return .binary(.subtract, a, b, span)
    }

    private func hard(_ condition: Expression, _ span: SourceSpan) -> Expression {
        .call("if", [condition, .number(1, span), .number(0, span)], span)
    }
}
