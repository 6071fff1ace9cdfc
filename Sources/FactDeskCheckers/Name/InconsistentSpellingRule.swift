import FactDeskKit
import FactDeskReference

/// Rule `inconsistent-spelling`: the same name spelt two ways in one draft, even when the
/// reference data knows neither ("Al-Raisi", then "Al Raisi"), or accepts both ("Marrakech",
/// then "Marrakesh" in English), or a family name written alone otherwise than in the full name
/// ("Stamer" after "Keir Starmer", "Zelenskyy" after "Volodymyr Zelensky"), or a name first
/// written in a headline in capitals (« BAKARY TOURÉ REÇU À DAKAR », then "Bakary Tourré"). The later spelling
/// is flagged, the first suggested — unless a later spelling of the whole name outnumbers the
/// first, which is then the odd one out. Names already flagged as misspelt, lone words opening
/// a sentence, a name cut off by the end of the text, a name's singular and plural ("the
/// Springboks", "a Springbok forward"), an area's name against a family name ("Horan province"
/// after "Melis Oran"), two countries one letter apart ("Ireland", "Iceland"), spellings that
/// differ only as British and American English do ("Organisation", "ORGANIZATION") and spellings
/// that differ only by accents one of them leaves out ("Lefevre", "Lefèvre": unless
/// `strict-accents`) are left out.
struct InconsistentSpellingRule: NameRule {
    var descriptor: RuleDescriptor { Self.descriptor }

    /// The rule's id, severity, summary and examples, built once.
    static let descriptor: RuleDescriptor = {
        let reference = NameExamples.reference
        return RuleDescriptor(
            id: "inconsistent-spelling", severity: .warning,
            summary: "The same name spelt two ways in one draft.",
            examples: [
                RuleExample("Le ministre Karim Ben-Salah est arrivé ; M. ⟦Ben Salah⟧ a parlé.", language: .fr),
                RuleExample(
                    "Le commissaire Jean-Marc Lefèvre a parlé ; plus tard, ⟦Jean-Marc Lefévre⟧ a conclu.",
                    language: .fr),
                RuleExample(
                    "Le commissaire Jean-Marc Lefèvre a parlé ; plus tard, Jean-Marc Lefevre a conclu.", language: .fr),
                RuleExample("Le Ministere de la Santé a publié ; le Ministère des Sports a répondu.", language: .fr),
                RuleExample(
                    "Delegates reached Marrakesh on Monday; the talks in ⟦Marrakech⟧ lasted four days.", language: .en,
                    reference: reference),
                RuleExample(
                    "Inspector Siobhan O’Sullivan arrived; later ⟦Siobhan Osullivan⟧ left.", language: .en),
                RuleExample(
                    "Le maire ⟦Jean Montbrisson⟧ arrive ; Jean Montbrison parle, puis Jean Montbrison conclut.",
                    language: .fr),
                RuleExample("Les chercheurs du CERN publient ; le ⟦CENR⟧ confirme.", language: .fr),
                RuleExample("The UN and the NU met, as did the OSCE and the OECD.", language: .en),
                RuleExample("Le ministre Karim Ben-Salah est arrivé ; M. Ben-Salah a parlé.", language: .fr),
                RuleExample("The Kestrels lost in Leeds; Kestrel captain Ada Moss blamed the wind.", language: .en),
                RuleExample("Les Lionceaux ont gagné ; le Lionceau Marc Adou a marqué deux fois.", language: .fr),
                RuleExample(
                    "Ahmed Naser Al-Raisi a parlé ; M. Al-Raisi a conclu, puis AL-RAISI est reparti.", language: .fr,
                    reference: reference),
                RuleExample("Siobhan O’Sullivan arrived; later O'Sullivan left.", language: .en),
                RuleExample(
                    "INTERPOL, or the Organization: OIPC-INTERPOL and Interpol met in Marrakesh.", language: .en,
                    reference: reference),
                RuleExample("Prime Minister Edwin Castellano arrived; later ⟦Castelano⟧ spoke.", language: .en),
                RuleExample("Analyst Priya Ramaswamy wrote; ⟦Ramasawmy⟧’s team replied.", language: .en),
                RuleExample("Le ministre Oleksandr Tkachenko arrive ; plus tard, ⟦Tkatchenko⟧ repart.", language: .fr),
                RuleExample("PRIYA RAMASWAMY: in the end, ⟦Priya Ramaswany⟧ thanked the jury.", language: .en),
                RuleExample("Spokesperson Arun Mukherjee spoke; later ⟦Mukherji⟧ added details.", language: .en),
                RuleExample("Ed Davey spoke first; Ed Miliband answered, and Davey left.", language: .en),
                RuleExample("Marta Hansen met Lars Jansen; later Hansen left with Jansen.", language: .en),
                RuleExample("Mayor Jean Castagnède spoke; then the council thanked Castagn", language: .en),
                RuleExample("Mauritania’s delegation met the Mauritanian minister Aminata Diallo.", language: .en),
                RuleExample("Minister Hassan Al-Mansouri spoke; later ⟦El-Mansouri⟧ left.", language: .en),
                RuleExample("Le ministre Hassan El-Mansouri a parlé, puis Hassan El-Mansouri est parti.", language: .fr),
                RuleExample("Analyst Katarzyna Nowak spoke; later ⟦Katarzina Nowak⟧ left.", language: .en),
                RuleExample("Analyst Katarzyna Nowak spoke; later Katarzyna Nowak left.", language: .en),
                RuleExample("Orbit X launched a rocket; later ⟦OrbitX⟧ landed it.", language: .en),
                RuleExample("Mayor Lena Szabo spoke; later ⟦Szaba⟧ left.", language: .en),
                RuleExample("La maire Lena Szabo a parlé ; Ilse Szobo et Szabo sont parties.", language: .fr),
                RuleExample(
                    "Dr. Raisi arrived; later Al-Raisi spoke.", language: .en, reference: reference),
                RuleExample("BAKARY TOURÉ REÇU À DAKAR. Le ministre ⟦Bakary Tourré⟧ a parlé.", language: .fr),
                RuleExample("SANNA VIRTANEN WINS IN OSLO. Minister Sanna Virtanen thanked the jury.", language: .en),
                RuleExample("Le général Marc Quentinot a parlé, puis ⟦Quentinaut⟧ a conclu.", language: .fr),
                RuleExample("General Marc Quentinot spoke; later ⟦Marc Quentinaut⟧ left.", language: .en),
                RuleExample("Officials of Yugoslavia and of the former Yugoslav army met Marc Quentinot.", language: .en),
                RuleExample("Le général Marc Quentinot et le colonel Paul Quentinet ont parlé.", language: .fr),
                RuleExample(
                    "⟦SANNA VIRTANEM⟧ WINS IN OSLO. Minister Sanna Virtanen spoke; Sanna Virtanen left.", language: .en),
                RuleExample("Spokesman Arjun Banerji spoke first. ⟦Banerjee⟧ later confirmed the schedule.", language: .en),
                RuleExample("The physicist Karl Vass addressed the council; ⟦Vas⟧ said funding was secure.", language: .en),
                RuleExample("Le président Amadou Kane a reçu son homologue. M. ⟦Kan⟧ a ensuite quitté Dakar.", language: .fr),
                RuleExample("Le président Amadou Kane a reçu son homologue. M. Kane a ensuite quitté Dakar.", language: .fr),
                RuleExample("Dr Nneka Adeyemi-Cole led the survey; ⟦Adeyemi-Col⟧ said the results were clear.", language: .en),
                RuleExample("Dr Nneka Adeyemi-Cole led the survey; ⟦Adeyemi-Col⟧’s deputy spoke.", language: .en),
                RuleExample("NNEKA ADEYEMI-COLE WINS PRIZE. ⟦Adeyemi-Col⟧ thanked the jury.", language: .en),
                RuleExample("Dr Nneka Adeyemi-Cole led the survey; Cole said the results were clear.", language: .en),
                RuleExample("La juge Maria Sousa-Ferreira a ouvert l’audience ; Mme ⟦Sousa-Ferreyra⟧ a conclu.", language: .fr),
                RuleExample("Minister Layla Al-Hashimi opened the forum. ⟦Al-Hashmi⟧ told delegates the plan was ready.", language: .en),
                RuleExample(
                    "La commissaire Inès ⟦Benzaïd⟧ a parlé. Mme Bensaïd a ensuite quitté la salle, puis Mme Bensaïd est revenue.",
                    language: .fr),
                RuleExample("La commissaire Inès Bensaïd a parlé. Mme Bensaid est revenue.", language: .fr),
                RuleExample("« Nous sommes prêts », a déclaré Issa Sawadogo. Plus tard, M. ⟦Sawadgo⟧ a précisé le calendrier.", language: .fr),
                RuleExample("“We will manage,” said Ingrid Solberg. “The numbers are clear,” ⟦Solbreg⟧ said.", language: .en),
                RuleExample("“We are ready,” said coach Ansu Kamara. Later ⟦Kamra⟧ added that the squad was fit.", language: .en),
                RuleExample("La ministre Aminata Kaboré a ouvert la séance. Mme ⟦Kaborè⟧ a ensuite répondu.", language: .fr),
                RuleExample("President Vladimir Putin spoke; ⟦Putn⟧ said the talks went well.", language: .en, reference: reference),
                RuleExample("Minister Ruth Baker spoke; later ⟦Bakr⟧ left.", language: .en, reference: reference),
                RuleExample("Minister Ruth Baker spoke; later Bakr left.", language: .en),
                RuleExample("Anna Berg spoke first. Later, Berk replied, and Tom Berk left.", language: .en),
                RuleExample("Marta Hansen spoke. Jansen replied; later Lars Jansen left.", language: .en),
                RuleExample("Senator Paul Hartley spoke; the Hartleys left early.", language: .en),
                RuleExample("Minister Jo Sall spoke; the Hall was full.", language: .en),
                RuleExample("Mayor Lisa Mora spoke. More than 200 people came.", language: .en),
                RuleExample("Le ministre Amadou Ba a parlé ; M. Bah a répondu.", language: .fr),
                RuleExample("La maire Lena Szabo a parlé. Sabot en main, Szabo a conclu.", language: .fr),
                RuleExample(
                    "Nurse Melis Oran described the damage; across Horan province, roads were closed, and Horan province asked for help.",
                    language: .en),
                RuleExample(
                    "Nurse Melis Oran spoke in the province of Horan; the province of Horan asked for help.", language: .en),
                RuleExample(
                    "L’infirmière Melis Oran a parlé ; la province de Horan est touchée, et la province de Horan attend de l’aide.",
                    language: .fr),
                RuleExample("Nurse Melis Oran spoke; later ⟦Horan⟧ said more help was coming.", language: .en),
                RuleExample(
                    "FORTY YEARS OF THE WORLD TRADE ORGANIZATION: the World Trade Organisation met in Geneva.",
                    language: .en),
                RuleExample("Visitors came from Ireland, Norway and Iceland.", language: .en),
                RuleExample("Letters written by East Germans in 1975 rarely left East Germany.", language: .en),
                RuleExample("Les délégations d’Irlande et d’Islande sont arrivées lundi.", language: .fr),
                RuleExample("The Harbour Organization met; later the ⟦Harbour Organizaton⟧ replied.", language: .en),
            ])
    }()

    func findings(in check: NameCheck) -> [Finding] {
        var groups = SpellingGroups(
            occurrences: check.occurrences, isPerson: { check.book?.record($0)?.kind ?? .person == .person })
        var pairs: [(occurrence: NameOccurrence, first: NameOccurrence, spelling: String)] = []
        var firstSpellingCount: [Int: Int] = [:]
        for occurrence in check.occurrences where !occurrence.isMisspelled {
            if check.isCutOff(occurrence) { continue }
            // A lone word opening a sentence is read only as a family name introduced in full.
            let found = occurrence.positional ? groups.introducedSurname(writtenAs: occurrence) : groups.earlier(than: occurrence)
            guard let (first, spelling) = found else { continue }
            if SpellingComparison.compare(written: occurrence.comparedText, accepted: spelling) == .same {
                firstSpellingCount[first.span.start, default: 1] += 1
            } else if !SpellingComparison.differOnlyByPluralS(occurrence.comparedText, spelling),
                !SpellingComparison.differOnlyByEnglishSZ(occurrence.comparedText, spelling),
                check.strictAccents || !SpellingComparison.differOnlyByFoldedAccents(occurrence.comparedText, spelling)
            {
                pairs.append((occurrence, first, spelling))
            }
        }
        let flipped = Self.majorities(pairs, firstSpellingCount: firstSpellingCount)
        var findings: [Finding] = []
        for (occurrence, first, spelling) in pairs {
            if let majority = flipped[first.span.start] {
                guard !Self.endsWith(majority.occurrence.comparedText, occurrence.comparedText) else { continue }
                findings.append(
                    finding(occurrence, spelling: majority.occurrence.comparedText, at: majority.occurrence, in: check))
            } else {
                findings.append(finding(occurrence, spelling: spelling, at: first, in: check))
            }
        }
        for majority in flipped.values {
            findings.append(
                finding(majority.first, spelling: majority.occurrence.comparedText, at: majority.occurrence, in: check))
        }
        return findings
    }

    /// The end of an occurrence written `spelling` (the family name of a full name), as an
    /// occurrence of its own, or the occurrence itself when it is written so whole.
    private static func part(of occurrence: NameOccurrence, writtenAs spelling: String) -> NameOccurrence? {
        guard spelling != occurrence.comparedText else { return occurrence }
        let (compared, written) = (Array(occurrence.comparedText.unicodeScalars), Array(occurrence.text.unicodeScalars))
        let length = spelling.unicodeScalars.count
        guard compared.count == written.count, occurrence.span.end - occurrence.span.start == written.count,
            occurrence.comparedText.unicodeScalars.reversed().starts(with: spelling.unicodeScalars.reversed())
        else { return nil }
        var part = occurrence
        part.span = FactDeskKit.Span(start: occurrence.span.end - length, end: occurrence.span.end)
        part.text = String(String.UnicodeScalarView(written.suffix(length)))
        part.comparedText = spelling
        part.folded = NameFolding.tokens(spelling)
        return part
    }

    /// For each group whose first spelling is outnumbered by the later ones, all one spelling
    /// (the longest of them, or its end), the first occurrence of the longest later spelling and
    /// the part of the group's first name it corrects, by the group's first span start: "Porte
    /// de Versaille" once, then "Porte de Versailles" three times flags the first, as "Mme
    /// Bensaïd" twice after "Inès Benzaïd" flags "Benzaïd".
    private static func majorities(
        _ pairs: [(occurrence: NameOccurrence, first: NameOccurrence, spelling: String)],
        firstSpellingCount: [Int: Int]
    ) -> [Int: (occurrence: NameOccurrence, first: NameOccurrence)] {
        var byGroup: [Int: [(occurrence: NameOccurrence, first: NameOccurrence, spelling: String)]] = [:]
        for pair in pairs { byGroup[pair.first.span.start, default: []].append(pair) }
        var flipped: [Int: (occurrence: NameOccurrence, first: NameOccurrence)] = [:]
        for (start, group) in byGroup where group.count > firstSpellingCount[start, default: 1] {
            guard
                let model = group.max(by: {
                    ($0.spelling.count, $0.occurrence.comparedText.count) < ($1.spelling.count, $1.occurrence.comparedText.count)
                }),
                group.allSatisfy({ endsWith(model.occurrence.comparedText, $0.occurrence.comparedText) }),
                let first = part(of: model.first, writtenAs: model.spelling)
            else { continue }
            flipped[start] = (model.occurrence, first)
        }
        return flipped
    }

    /// Whether `name` is `ending`, or ends with it after a character that is no letter: "Porte
    /// de Versailles" ends with "Versailles", not with "sailles".
    private static func endsWith(_ name: String, _ ending: String) -> Bool {
        guard name.hasSuffix(ending) else { return false }
        guard let before = name.dropLast(ending.count).last else { return true }
        return !(before.isLetter || before.isNumber)
    }

    /// The finding on an occurrence written otherwise than `spelling`, written at `model`.
    private func finding(_ occurrence: NameOccurrence, spelling: String, at model: NameOccurrence, in check: NameCheck)
        -> Finding
    {
        let line = check.document.location(of: model.span.start).line
        let later = model.span.start > occurrence.span.start
        return check.finding(
            descriptor, span: occurrence.span,
            message: check.wording.inconsistent(occurrence.text, earlier: spelling, line: line, later: later),
            suggestions: [spelling],
            evidence: [
                Evidence(statement: "\(later ? "mostly" : "first") written “\(spelling)” from line \(line)")
            ])
    }
}
