import Foundation

/// A small pack with one rule of each kind, whose lines the tests name.
enum PackFixtures {
    static let allKinds = """
        pack: house
        summary: House style.
        version: 1.2.0
        languages: [fr, en]
        rules:
          # Marrakech, the French way.
          - id: marrakech
            kind: term
            severity: warning
            reject: [Marrakesh]
            prefer: Marrakech
            message: {fr: "« {match} » : écrivez « {preferred} »."}
            examples:
              - "À ⟦Marrakesh⟧."
              - "À Marrakech."
          - id: interpol
            kind: required-spelling
            severity: warning
            phrase: INTERPOL
            message: {fr: "« {match} » : écrivez « {expected} ».", en: "“{match}”: write “{expected}”."}
            examples: ["L’⟦Interpol⟧ de Lyon.", "L’INTERPOL de Lyon."]
          - id: email
            kind: consistency
            severity: info
            variants: [courriel, e-mail]
            message: {fr: "« {match} » : le texte écrit « {expected} »."}
            examples: ["Un courriel puis un ⟦e-mail⟧.", "Un e-mail puis un e-mail."]
          - id: percent
            kind: pattern
            severity: info
            pattern: '(?<number>\\d+)%'
            suggest: "{number} %"
            message: {fr: "« {match} » : une espace avant % ({number} %)."}
            examples: ["Hausse de ⟦12%⟧.", "Hausse de 12 %."]

        """

    /// The pack with one piece of text replaced.
    static func replacing(_ old: String, with new: String) -> String {
        precondition(allKinds.contains(old), "\(old) is not in the fixture")
        return allKinds.replacingOccurrences(of: old, with: new)
    }
}
