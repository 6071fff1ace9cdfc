import Foundation

extension NumberWording {
    /// `internal-inconsistency`, a gap between two percentages that they do not make.
    func gapMismatch(quoted: String, points: Decimal) -> String {
        var rounded = Decimal()
        var value = points
        NSDecimalRound(&rounded, &value, 2, .plain)
        switch language {
        case .fr: return "\(quote(quoted)) : l’écart entre les deux taux est de \(number(rounded)) points."
        case .en: return "\(quote(quoted)): the two rates are \(number(rounded)) points apart."
        }
    }
}
