import Foundation

extension NumberWording {
    /// `internal-inconsistency`, a gap between two figures that they do not make: two
    /// percentages `difference` points apart, or two counts `difference` apart.
    func gapMismatch(quoted: String, difference: Decimal, isPercent: Bool) -> String {
        var rounded = Decimal()
        var value = abs(difference)
        NSDecimalRound(&rounded, &value, 2, .plain)
        switch (language, isPercent) {
        case (.fr, true): return "\(quote(quoted)) : l’écart entre les deux taux est de \(number(rounded)) points."
        case (.en, true): return "\(quote(quoted)): the two rates are \(number(rounded)) points apart."
        case (.fr, false): return "\(quote(quoted)) : l’écart entre les deux nombres est de \(number(rounded))."
        case (.en, false): return "\(quote(quoted)): the two figures are \(number(rounded)) apart."
        }
    }

    /// `internal-inconsistency`, a rate of change that the two figures it joins do not make:
    /// they make a change of `change` percent.
    func changeMismatch(quoted: String, change: Decimal) -> String {
        var rounded = Decimal()
        var value = change
        NSDecimalRound(&rounded, &value, 1, .plain)
        let signed = rounded > 0 ? "+" + number(rounded) : number(rounded)
        switch language {
        case .fr: return "\(quote(quoted)) : d’un chiffre à l’autre, la variation est de \(signed) %."
        case .en: return "\(quote(quoted)): from one figure to the other, the change is \(signed)%."
        }
    }

    /// `internal-inconsistency`, a change whose two figures go the other way: a rise from a
    /// figure as high or higher (`saysRise`), or a fall from one as low or lower.
    func directionMismatch(quoted: String, saysRise: Bool) -> String {
        switch (language, saysRise) {
        case (.fr, true): return "\(quote(quoted)) : le chiffre d’avant n’est pas plus bas ; ce n’est pas une hausse."
        case (.fr, false): return "\(quote(quoted)) : le chiffre d’avant n’est pas plus haut ; ce n’est pas une baisse."
        case (.en, true): return "\(quote(quoted)): the earlier figure is not lower, so this is no rise."
        case (.en, false): return "\(quote(quoted)): the earlier figure is not higher, so this is no fall."
        }
    }
}
