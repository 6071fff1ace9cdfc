import FactDeskKit

/// Rule `weekday-mismatch`: a weekday written next to a date that falls on another day
/// ("mardi 24 novembre 2025" when the 24th is a Monday), in a single date, in a list ("le lundi
/// 24 et le mardi 25"), or at either end of a range ("du lundi 24 au jeudi 27 novembre"). A date
/// without a year and without a publication date takes the year of a reference event or edition
/// the sentence names and whose days include it, else the year that puts it nearest the text's
/// own time (``textTimeDay(of:at:check:)``: « vendredi 12 février » after « le 12 février 2026 »). Weekdays the extractor leaves alone are read
/// too: "on Thursday (May 30)", "Thursday 13th", "on Saturday (7)", « ce mardi 12, », "Saturday (5/8)" read
/// both ways round (``eitherWayFindings(in:)``), and two of those that
/// disagree in a paragraph ("opens on Monday 2 … closes on Thursday 6") (``looseFindings(in:)``),
/// or one read in the month of the full date written just before it (« lundi 2 mars … Mardi 3, »);
/// two weekdays before a range name its two ends ("Friday through Sunday, Sept. 6-8"); a
/// weekend given days that are not one (« le week-end des 15 et 16 mars »: ``weekendFindings(in:)``).
struct WeekdayMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "weekday-mismatch", severity: .error,
        summary: "A weekday written next to a date that falls on another day of the week.",
        examples: [
            RuleExample("La fusée a décollé ⟦mercredi soir 9 juillet 2026⟧ de Kourou.", language: .fr),
            RuleExample("Le congrès s’ouvre ⟦mercredi le 5 mars 2026⟧ à Thiès.", language: .fr),
            RuleExample(
                "Le congrès s’ouvre le ⟦mercredi 5⟧ courant à Thiès.", language: .fr,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "Le congrès s’ouvre le jeudi 5 courant à Thiès.", language: .fr,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample("Le congrès s’ouvre jeudi le 5 mars 2026 à Thiès.", language: .fr),
            // Two dates of one month that no year gives: their weekdays still go with their days.
            RuleExample("Le rallye se court ⟦jeudi 12 et samedi 13 août⟧ près d’Albi.", language: .fr),
            RuleExample("Le rallye se court vendredi 12 et samedi 13 août près d’Albi.", language: .fr),
            RuleExample("The rally runs on ⟦Thursday, August 12, and Saturday, August 13⟧ near Albi.", language: .en),
            RuleExample("The rally runs on Friday, August 12, and Saturday, August 13 near Albi.", language: .en),
            RuleExample("Le rallye part lundi 1er août et arrive lundi 8 août.", language: .fr),
            // At both ends of a range, in a list, after a weekday in the plural: whatever the year.
            RuleExample("La foire ouvrira ⟦du jeudi 28 mai au dimanche 1er juin⟧ à Caen.", language: .fr),
            RuleExample("La foire ouvrira du jeudi 28 mai au lundi 1er juin à Caen.", language: .fr),
            RuleExample("The fair runs ⟦from Saturday, December 27 to Friday, January 3⟧ in Leeds.", language: .en),
            RuleExample("The fair runs from Saturday, December 27 to Saturday, January 3 in Leeds.", language: .en),
            // « prochains », « derniers » after a range or a list put its year on that side.
            RuleExample(
                "⟦Du mercredi 16 au vendredi 18 octobre prochains⟧, le congrès se tiendra à Vernay.", language: .fr,
                published: CalendarDate(iso: "2019-11-05")),
            RuleExample(
                "Du vendredi 16 au dimanche 18 octobre prochains, le congrès se tiendra à Vernay.", language: .fr,
                published: CalendarDate(iso: "2019-11-05")),
            RuleExample(
                "Le congrès s’est tenu les lundi 5 et mardi 6 octobre derniers.", language: .fr,
                published: CalendarDate(iso: "2020-11-01")),
            // Digits either way round: the weekday tells which.
            RuleExample("The fair closed in Vernay on Tuesday (5/3/2024).", language: .en),
            RuleExample("The fair closed in Vernay on ⟦Wednesday (5/3/2024)⟧.", language: .en),
            // Day and month in digits that read either way round: wrong only when neither reading fits.
            RuleExample(
                "The minister opened the dam on ⟦Saturday (5/8)⟧ at Vernay.", language: .en,
                published: CalendarDate(iso: "2016-08-06")),
            RuleExample(
                "The minister opened the dam on Friday (5/8) at Vernay.", language: .en,
                published: CalendarDate(iso: "2016-08-06")),
            RuleExample(
                "The minister opened the dam on Sunday (5/8) at Vernay.", language: .en,
                published: CalendarDate(iso: "2016-08-06")),
            RuleExample("The minister opened the dam on Saturday (5/8) at Vernay.", language: .en),
            // A date in brackets after its weekday.
            RuleExample("Crowds came ⟦from Thursday (June 12) to Sunday (June 14)⟧.", language: .en),
            RuleExample("Crowds came from Friday (June 12) to Sunday (June 14).", language: .en),
            RuleExample("La foule est venue ⟦du jeudi (12 juin) au dimanche (14 juin)⟧.", language: .fr),
            RuleExample("La foule est venue du vendredi (12 juin) au dimanche (14 juin).", language: .fr),
            RuleExample("Le film repasse les ⟦vendredi 30 avril et samedi 16 mai⟧ au Rex.", language: .fr),
            RuleExample("Le film repasse les vendredi 30 avril et dimanche 16 mai au Rex.", language: .fr),
            RuleExample("Le marché se tient samedi 7 mars, samedi 14 mars et ⟦vendredi 21 mars⟧ à Albi.", language: .fr),
            RuleExample("Le marché se tient samedi 7 mars, samedi 14 mars et samedi 21 mars à Albi.", language: .fr),
            RuleExample(
                "Les chars défilent les ⟦mercredis 15 et 22 avril, et les dimanches 11⟧, 18 avril et 2 mai.",
                language: .fr),
            RuleExample(
                "Les chars défilent les jeudis 15 et 22 avril, et les dimanches 11, 18 avril et 2 mai.",
                language: .fr),
            RuleExample("Parades are held on ⟦Wednesdays 15 and 22 April, and on Sundays 11⟧ and 18 April.", language: .en),
            RuleExample("Parades are held on Thursdays 15 and 22 April, and on Sundays 11 and 18 April.", language: .en),
            // A sentence about another year may date that year's days.
            RuleExample(
                "L’an dernier, la foire avait ouvert le mercredi 30 octobre. Elle ouvrira le mercredi 29 octobre.",
                language: .fr),
            RuleExample("Le rallye part lundi 29 juillet et arrive samedi 3 août.", language: .fr),
            RuleExample("Le congrès s’ouvre le ⟦5 mars 2026 (mercredi)⟧ à Thiès.", language: .fr),
            RuleExample("Le congrès s’ouvre le 5 mars 2026 (jeudi) à Thiès.", language: .fr),
            RuleExample("The congress opens on ⟦March 5, 2026 (Wednesday)⟧ in Leeds.", language: .en),
            RuleExample("The congress opens on March 5, 2026 (Thursday) in Leeds.", language: .en),
            RuleExample("Le congrès a lieu ⟦vendredi et samedi, 28 février et 1er mars 2026⟧ à Thiès.", language: .fr),
            RuleExample("Le congrès a lieu samedi et dimanche, 28 février et 1er mars 2026 à Thiès.", language: .fr),
            RuleExample(
                "The congress meets on ⟦Friday and Saturday, February 28 and March 1, 2026⟧ in Leeds.", language: .en),
            RuleExample("The congress meets on Saturday and Sunday, February 28 and March 1, 2026 in Leeds.", language: .en),
            RuleExample("La fusée a décollé jeudi soir 9 juillet 2026 de Kourou.", language: .fr),
            RuleExample("The rocket lifted off on ⟦Friday night, July 9, 2026⟧.", language: .en),
            RuleExample("The rocket lifted off on Thursday night, July 9, 2026.", language: .en),
            RuleExample("Le vote a lieu ⟦samedi matin, 22 mars 2026⟧.", language: .fr),
            RuleExample("Le vote a lieu dimanche matin, 22 mars 2026.", language: .fr),
            RuleExample("Les délégués se sont retrouvés ⟦mardi 24 novembre 2025⟧ à Marrakech.", language: .fr),
            RuleExample("Ils siègent le ⟦mardi 24⟧ et le ⟦mercredi 25 novembre 2025⟧.", language: .fr),
            RuleExample("La session se tient ⟦du mardi 24 au jeudi 27 novembre 2025⟧.", language: .fr),
            RuleExample(
                "Le vote aura lieu ⟦vendredi 27 novembre⟧.", language: .fr, published: CalendarDate(iso: "2025-11-20")),
            RuleExample(
                "At the General Assembly in Marrakesh, on ⟦Tuesday, November 24⟧, delegates elected a president.",
                language: .en, reference: InMemoryReference([EditionDateMismatchRule.assembly])),
            RuleExample(
                "L’équipe hôte affrontera le ⟦dimanche 10 janvier⟧ un adversaire encore inconnu.", language: .fr,
                published: CalendarDate(iso: "2025-03-31")),
            // A future read past « quant à elle »: next year's 9 June, a Tuesday.
            RuleExample(
                "L’épreuve orale ouvrira quant à elle le mardi 9 juin.", language: .fr,
                published: CalendarDate(iso: "2025-09-01")),
            RuleExample(
                "L’épreuve orale s’est ouverte quant à elle le ⟦mardi 9 juin⟧.", language: .fr,
                published: CalendarDate(iso: "2025-09-01")),
            RuleExample("Police chiefs met on ⟦Tuesday, November 24, 2025⟧, in Marrakesh.", language: .en),
            RuleExample(
                "The vote is set for ⟦Saturday, Nov. 30⟧.", language: .en, published: CalendarDate(iso: "2025-11-24")),
            RuleExample("Les délégués se sont retrouvés lundi 24 novembre 2025 à Marrakech.", language: .fr),
            RuleExample("Ils siègent le lundi 24 et le mardi 25 novembre 2025.", language: .fr),
            RuleExample("La session se tient du lundi 24 au jeudi 27 novembre 2025.", language: .fr),
            RuleExample(
                "Le vote aura lieu jeudi 27 novembre.", language: .fr, published: CalendarDate(iso: "2025-11-20")),
            RuleExample(
                "The jury will meet on ⟦Friday (May 30)⟧ in the afternoon.", language: .en,
                published: CalendarDate(iso: "2024-05-28")),
            RuleExample(
                "The vote is set for ⟦Thursday 13th⟧, late in the day.", language: .en,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "On ⟦Sunday (7)⟧, the ministers signed the accord.", language: .en,
                published: CalendarDate(iso: "2026-03-10")),
            RuleExample(
                "On Saturday (7), the ministers signed the accord.", language: .en,
                published: CalendarDate(iso: "2026-03-09")),
            RuleExample(
                "The jury will meet on Thursday (May 30) in the afternoon.", language: .en,
                published: CalendarDate(iso: "2024-05-28")),
            RuleExample(
                "The vote is set for Friday 13th, late in the day.", language: .en,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "Le vote est prévu jeudi 13, en fin de journée.", language: .fr,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "Ce ⟦mardi 4⟧, les jurés ont entendu les experts.", language: .fr,
                published: CalendarDate(iso: "2026-03-05")),
            RuleExample(
                "Ce mercredi 4, les jurés ont entendu les experts.", language: .fr,
                published: CalendarDate(iso: "2026-03-05")),
            RuleExample(
                "On ⟦Tuesday the 4th⟧, jurors heard the experts.", language: .en,
                published: CalendarDate(iso: "2026-03-05")),
            RuleExample(
                "On Wednesday the 4th, jurors heard the experts.", language: .en,
                published: CalendarDate(iso: "2026-03-05")),
            RuleExample(
                "On Tuesday 4 people were hurt in the crush.", language: .en,
                published: CalendarDate(iso: "2026-03-05")),
            RuleExample("The show opens on Monday 2 in Leeds. It closes on ⟦Thursday 6⟧.", language: .en),
            RuleExample("Le salon ouvrira lundi 2 à Lyon. Il fermera ses portes ⟦jeudi 6⟧.", language: .fr),
            RuleExample("The show opens on Monday 2 in Leeds. It closes on Friday 6.", language: .en),
            RuleExample("Le salon ouvrira lundi 2 à Lyon. Il fermera ses portes vendredi 6.", language: .fr),
            RuleExample(
                "The club lost on Monday 13,000 of its members.", language: .en,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "At the General Assembly in Marrakesh, on Monday, November 24, delegates elected a president.",
                language: .en, reference: InMemoryReference([EditionDateMismatchRule.assembly])),
            RuleExample(
                "At the 97th General Assembly, on Tuesday, November 24, delegates elected a president.",
                language: .en, reference: InMemoryReference([EditionDateMismatchRule.assembly])),
            RuleExample(
                "L’équipe hôte affrontera le samedi 10 janvier un adversaire encore inconnu.", language: .fr,
                published: CalendarDate(iso: "2025-03-31")),
            RuleExample("Police chiefs met on Monday, November 24, 2025, in Marrakesh.", language: .en),
            RuleExample(
                "The vote is set for Sunday, Nov. 30.", language: .en, published: CalendarDate(iso: "2025-11-24")),
            RuleExample("Il est né le vendredi 13 octobre 1905.", language: .fr),
            // A day spelt as an ordinal before "of" and the month.
            RuleExample("The fair opens on ⟦Thursday, the sixth of November 2026⟧.", language: .en),
            RuleExample("The fair opens on Friday, the sixth of November 2026.", language: .en),
            RuleExample("The sixth edition opens on Friday in November 2026.", language: .en),
            // A future verb before days already past this year: next year's (10 and 13 March 2026).
            RuleExample(
                "The congress will shift from Tuesday 10 March to Friday 13 March.", language: .en,
                published: CalendarDate(iso: "2025-06-10")),
            RuleExample(
                "The congress will shift ⟦from Wednesday 10 March to Friday 13 March⟧.", language: .en,
                published: CalendarDate(iso: "2025-06-10")),
            RuleExample(
                "The congress will shift to Friday 13 March.", language: .en, published: CalendarDate(iso: "2025-06-10")),
            // A date months away with no verb to tell its year may be the next year's (3 July 2026).
            RuleExample(
                "Au programme : les Lanternes (le vendredi 3 juillet).", language: .fr,
                published: CalendarDate(iso: "2025-11-20")),
            RuleExample(
                "Au programme : les Lanternes (le ⟦samedi 3 juillet⟧).", language: .fr,
                published: CalendarDate(iso: "2025-11-20")),
            // An event the reference data names with its year gives none to a text that does not.
            RuleExample(
                "The Harbour Lights Festival opens on Wednesday, July 2, in Kesra.", language: .en,
                reference: YearlessEventExamples.reference),
            RuleExample("Forum – ⟦Fri, 12 March 2026⟧: ministers arrive in Porto.", language: .en),
            RuleExample("Forum – Thu, 12 March 2026: ministers arrive in Porto.", language: .en),
            RuleExample("Le salon ouvre le ⟦mer. 12 mars 2026⟧ à Caen.", language: .fr),
            RuleExample("Le salon ouvre le jeu. 12 mars 2026 à Caen.", language: .fr),
            RuleExample("The final is on ⟦Wed. March 12, 2026⟧ in Porto.", language: .en),
            RuleExample("The final is on Wed. March 11, 2026 in Porto.", language: .en),
            RuleExample("Le scrutin a eu lieu le ⟦mardi 14/03/2026⟧ à Caen.", language: .fr),
            RuleExample("Le scrutin a eu lieu le samedi 14/03/2026 à Caen.", language: .fr),
            RuleExample("Voters went to the polls on ⟦Tuesday 2026-03-14⟧ in Porto.", language: .en),
            RuleExample("Voters went to the polls on Saturday 2026-03-14 in Porto.", language: .en),
            RuleExample("Le scrutin a eu lieu le ⟦mardi 14-03-2026⟧ à Caen.", language: .fr),
            RuleExample("Le scrutin a eu lieu le ⟦mardi 2026/03/14⟧ à Caen.", language: .fr),
            RuleExample("Le sam 14 mars 2026, la mer était calme.", language: .fr),
            RuleExample("Le scrutin a eu lieu le samedi 14-03-2026 à Caen.", language: .fr),
            RuleExample("Voters went to the polls on ⟦Tuesday 14-03-2026⟧ in Porto.", language: .en),
            RuleExample("Voters went to the polls on Saturday 14-03-2026 in Porto.", language: .en),
            RuleExample("Le scrutin a eu lieu le samedi 2026/03/14 à Caen.", language: .fr),
            RuleExample("Voters went to the polls on ⟦Tuesday 2026/03/14⟧ in Porto.", language: .en),
            RuleExample("Voters went to the polls on Saturday 2026/03/14 in Porto.", language: .en),
            RuleExample("Le scrutin a eu lieu le ⟦mardi 14.03.2026⟧ à Caen.", language: .fr),
            RuleExample("Le scrutin a eu lieu le samedi 14.03.2026 à Caen.", language: .fr),
            RuleExample("Voters went to the polls on ⟦Tuesday 14.03.2026⟧ in Porto.", language: .en),
            RuleExample("Voters went to the polls on Saturday 14.03.2026 in Porto.", language: .en),
            RuleExample("Le salon ouvre le ⟦Sam 12 mars 2026⟧ à Caen.", language: .fr),
            RuleExample("Summit – ⟦Fr, 12 March 2026⟧: ministers arrive in Porto.", language: .en),
            RuleExample("Summit – Th, 12 March 2026: ministers arrive in Porto.", language: .en),
            RuleExample("Sommet – ⟦ven. 12 mars 2026⟧ : les ministres arrivent à Porto.", language: .fr),
            RuleExample("Sommet – jeu. 12 mars 2026 : les ministres arrivent à Porto.", language: .fr),
            RuleExample("La foire ouvre le ⟦lun. 1er févr. 2026⟧ à Caen.", language: .fr),
            RuleExample("La foire ouvre le dim. 1er févr. 2026 à Caen.", language: .fr),
            RuleExample("The fair opens on ⟦Monday, Aug. 4, 2026⟧ in Leeds.", language: .en),
            RuleExample("The fair opens on Tuesday, Aug. 4, 2026 in Leeds.", language: .en),
            RuleExample(
                "Le scrutin aura lieu le ⟦mardi 14/3⟧ à Caen.", language: .fr, published: CalendarDate(iso: "2026-03-10")),
            RuleExample(
                "Le scrutin aura lieu le samedi 14/3 à Caen.", language: .fr, published: CalendarDate(iso: "2026-03-10")),
            // In English, a day and month alone are read only in the one order their numbers allow.
            RuleExample(
                "The vote will be held on ⟦Tuesday 14/3⟧ in Porto.", language: .en, published: CalendarDate(iso: "2026-03-10")),
            RuleExample(
                "The vote will be held on Saturday 14/3 in Porto.", language: .en, published: CalendarDate(iso: "2026-03-10")),
            RuleExample(
                "The vote will be held on ⟦Tuesday 3/14⟧ in Porto.", language: .en, published: CalendarDate(iso: "2026-03-10")),
            RuleExample(
                "The vote will be held on Saturday 3/14 in Porto.", language: .en, published: CalendarDate(iso: "2026-03-10")),
            RuleExample(
                "The vote will be held on Tuesday 3/4 in Porto.", language: .en, published: CalendarDate(iso: "2026-03-10")),
            RuleExample(
                "The help desk is open Tuesday 24/7 in Porto.", language: .en, published: CalendarDate(iso: "2026-03-10")),
            RuleExample(
                "Le jury s’est réuni le ⟦12 mars, un mardi⟧.", language: .fr, published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "Le jury s’est réuni le 12 mars, un jeudi.", language: .fr, published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "The jury met on ⟦March 12, a Tuesday⟧.", language: .en, published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "The jury met on March 12, a Thursday.", language: .en, published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "Le ⟦14 mai, qui tombe cette année un mercredi⟧, est férié.", language: .fr,
                published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "Le 14 mai, qui tombe cette année un jeudi, est férié.", language: .fr,
                published: CalendarDate(iso: "2026-03-14")),
            RuleExample("This year ⟦May 14 falls on a Friday⟧.", language: .en, published: CalendarDate(iso: "2026-03-14")),
            RuleExample("This year May 14 falls on a Thursday.", language: .en, published: CalendarDate(iso: "2026-03-14")),
            // A date said to be a weekday.
            RuleExample("Like the vote, the pact’s signing on ⟦9 June 1990 was also on a Sunday⟧.", language: .en),
            RuleExample("Like the vote, the pact’s signing on 9 June 1990 was also on a Saturday.", language: .en),
            RuleExample("Le ⟦14 mars 1985 était un mercredi⟧ ; la digue a cédé dans la nuit.", language: .fr),
            RuleExample("Le 14 mars 1985 était un jeudi ; la digue a cédé dans la nuit.", language: .fr),
            RuleExample("Le 14 mai tombe un jour de pluie.", language: .fr, published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "Le jury s’est réuni ⟦mardi dernier, le 12 mars⟧.", language: .fr,
                published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "Le jury s’est réuni jeudi dernier, le 12 mars.", language: .fr, published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "Les régates se courent le week-end des ⟦15 et 16 mars⟧.", language: .fr,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "Les régates se courent le week-end des 14 et 15 mars.", language: .fr,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "Les régates se courent le week-end du 13 au 15 mars.", language: .fr,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "Les régates se courent les 15 et 16 mars, après le week-end.", language: .fr,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "The regatta is sailed on the weekend of ⟦March 15-16⟧.", language: .en,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "The regatta is sailed on the weekend of March 14-15.", language: .en,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "Le conseil votera ⟦lundi prochain, 17 mars⟧.", language: .fr, published: CalendarDate(iso: "2026-03-11")),
            RuleExample(
                "Le conseil votera lundi prochain, 16 mars.", language: .fr, published: CalendarDate(iso: "2026-03-11")),
            RuleExample(
                "Le conseil votera lundi prochain, 17 élus l’ayant demandé.", language: .fr,
                published: CalendarDate(iso: "2026-03-11")),
            RuleExample(
                "Le conseil votera ⟦lundi prochain 17 mars⟧ en séance.", language: .fr,
                published: CalendarDate(iso: "2026-03-11")),
            RuleExample(
                "Le conseil a voté ⟦mardi dernier (11 mars)⟧ en séance.", language: .fr,
                published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "Le conseil a voté mardi dernier (10 mars) en séance.", language: .fr,
                published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "The council voted ⟦last Tuesday (March 11)⟧ in session.", language: .en,
                published: CalendarDate(iso: "2026-03-14")),
            RuleExample(
                "Le conseil votera lundi prochain 17 délégués au bureau.", language: .fr,
                published: CalendarDate(iso: "2026-03-11")),
            RuleExample(
                "Le jury s’est réuni jeudi, le 13 mars étant férié.", language: .fr,
                published: CalendarDate(iso: "2026-03-14")),
            RuleExample("Le marché se tient du lundi au vendredi, et le mardi 24 il ouvre tôt.", language: .fr),
            RuleExample(
                "Le salon a ouvert le 12 février 2026 à Caen. Il fermera ⟦lundi 22 février⟧.", language: .fr),
            RuleExample("Le salon a ouvert le 12 février 2026 à Caen. Il fermera dimanche 22 février.", language: .fr),
            // A complete date written only later, in another sentence, may be one of the past.
            RuleExample(
                "Deux cérémonies sont organisées mardi 20 août. Elles honorent un cheminot fusillé le 22 août 1944.",
                language: .fr),
            RuleExample(
                "Deux cérémonies, le 22 août 2026, suivent celle du ⟦mardi 20 août⟧.", language: .fr),
            // No complete date: the time of an event the text names with its year.
            RuleExample(
                "Le programme du Festival des Lumières du Port 2026 a été présenté ⟦mercredi 16 juin⟧.", language: .fr,
                reference: YearlessEventExamples.reference),
            RuleExample(
                "Le programme du Festival des Lumières du Port 2026 a été présenté mardi 16 juin.", language: .fr,
                reference: YearlessEventExamples.reference),
            RuleExample(
                "Le programme du Festival des Lumières du Port 2026 a été présenté mercredi 16 mars.", language: .fr,
                reference: YearlessEventExamples.reference),
            // An event remembered gives the text no time.
            RuleExample(
                "Le club se réunira le mercredi 16 juin, veille de la date anniversaire du Festival des Lumières du Port 2026.",
                language: .fr, reference: YearlessEventExamples.reference),
            RuleExample(
                "The fair opened on 12 February 2026 in Leeds. It closes on ⟦Monday, February 22⟧.", language: .en),
            RuleExample(
                "The fair opened on 12 February 2026 in Leeds. It closes on Sunday, February 22.", language: .en),
            RuleExample(
                "Le salon a ouvert le 12 février 2026. Il se tiendra ⟦du vendredi 20 au lundi 22 février⟧.",
                language: .fr),
            RuleExample(
                "Le salon a ouvert le 12 février 2026. Il se tiendra du vendredi 20 au dimanche 22 février.",
                language: .fr),
            RuleExample(
                "Le 12 février 2026 et le 3 juin 2026, il a plu. Il fermera lundi 22 février.", language: .fr),
            RuleExample("The fair runs ⟦Thursday through Sunday, March 6-8, 2026⟧ in Leeds.", language: .en),
            RuleExample("The fair runs Friday through Sunday, March 6-8, 2026 in Leeds.", language: .en),
            RuleExample("The fair is open ⟦Saturday and Monday, March 7-8, 2026⟧ in Leeds.", language: .en),
            RuleExample("The fair is open Saturday and Sunday, March 7-8, 2026 in Leeds.", language: .en),
            RuleExample("La foire se tient du ⟦jeudi au dimanche 6-8 mars 2026⟧ à Caen.", language: .fr),
            RuleExample("La foire se tient du vendredi au dimanche 6-8 mars 2026 à Caen.", language: .fr),
            RuleExample(
                "L’audience s’ouvre lundi 2 mars 2026 à Caen. ⟦Mercredi 3⟧, les témoins seront entendus.",
                language: .fr),
            RuleExample(
                "L’audience s’ouvre lundi 2 mars 2026 à Caen. Mardi 3, les témoins seront entendus.", language: .fr),
            RuleExample(
                "L’audience s’ouvre lundi 2 mars 2026. Les experts parleront le ⟦mercredi 3⟧ et le jeudi 5.",
                language: .fr),
            RuleExample(
                "L’audience s’ouvre lundi 2 mars 2026. Les experts parleront le mardi 3 et le jeudi 5.", language: .fr),
            RuleExample(
                "Hearings open on Monday, March 2, 2026 in Leeds. On ⟦Wednesday the 3rd⟧, the experts testify.",
                language: .en),
            RuleExample(
                "Hearings open on Monday, March 2, 2026 in Leeds. On Tuesday the 3rd, the experts testify.",
                language: .en),
        ] + RemembranceExamples.weekdayExamples + voteDayExamples + sentenceYearExamples + editionDayExamples)

    func findings(in check: DateCheck) -> [Finding] {
        var findings: [Finding] = []
        for mention in check.dates {
            guard case .date(let date, let written?) = mention.value else { continue }
            let listed = Self.weekdaysListed(before: mention, check: check)
            if !listed.isEmpty {
                findings += listedFinding(mention, listed: listed, check: check).map { [$0] } ?? []
                continue
            }
            if let found = sentenceYearFindings(mention, date: date, written: written, check: check) {
                findings += found
                continue
            }
            if let (day, evidence) = Self.dayOfYearlessDate(date, in: mention, check: check) {
                if day.weekday != written {
                    findings.append(
                        finding(
                            check, mention, mismatches: [day], replacements: [check.wording.weekday(day.weekday)],
                            evidence: [evidence]))
                }
                continue
            }
            guard let day = date.calendarDate, day.weekday != written,
                !Self.tenseMovesYear(of: mention, day: day, to: written, check: check)
            else { continue }
            findings.append(
                finding(check, mention, mismatches: [day], replacements: [check.wording.weekday(day.weekday)]))
        }
        for mention in check.ranges {
            guard case .dateRange(let start, let end, var startWeekday, var endWeekday) = mention.value else {
                continue
            }
            var span = mention.span
            if let opening = Self.openingWeekday(of: mention, check: check) {
                (startWeekday, endWeekday) = (opening.written, startWeekday)
                span = opening.mention.span.union(mention.span)
            }
            var mismatches: [CalendarDate] = []
            var replacements: [String?] = []
            var evidence: [Evidence] = []
            for ((date, written), yearless) in zip([(start, startWeekday), (end, endWeekday)], Self.yearlessEnds(of: mention, check: check)) {
                guard let written else { continue }
                if let day = date.calendarDate ?? yearless?.day, day.weekday != written {
                    if let yearless, evidence.isEmpty { evidence.append(yearless.evidence) }
                    mismatches.append(day)
                    replacements.append(check.wording.weekday(day.weekday))
                } else {
                    replacements.append(nil)
                }
            }
            if !mismatches.isEmpty, !Self.tenseMovesYear(ofRange: mention, written: [startWeekday, endWeekday], check: check) {
                findings.append(
                    finding(
                        check, quoted: check.document.text(in: span), span: span, mismatches: mismatches,
                        replacements: replacements, evidence: evidence))
            }
        }
        return findings + looseFindings(in: check) + partOfDayFindings(in: check) + weekendFindings(in: check)
            + eitherWayFindings(in: check)
            + yearlessDayFindings(in: check)
    }

    /// The days the two ends of a range written without a year fall on (``dayOfYearlessDate(_:in:check:)``),
    /// each `nil` when its end writes its year or none is found; an end that finds no year takes
    /// the other's (« du mercredi 30 octobre au dimanche 3 novembre » when only 3 November is
    /// one edition's), the next year's for an end in an earlier month.
    static func yearlessEnds(of mention: Mention, check: DateCheck) -> [(day: CalendarDate, evidence: Evidence)?] {
        guard case .dateRange(let start, let end, _, _) = mention.value else { return [nil, nil] }
        var ends = [start, end].map { date in
            date.calendarDate == nil ? dayOfYearlessDate(date, in: mention, check: check) : nil
        }
        guard start.year == nil, end.year == nil, let startMonth = start.month, let endMonth = end.month else { return ends }
        let shift = endMonth < startMonth ? 1 : 0
        if ends[0] == nil, let known = ends[1], let day = start.day {
            ends[0] = CalendarDate(year: known.day.year - shift, month: startMonth, day: day).map { ($0, known.evidence) }
        } else if ends[1] == nil, let known = ends[0], let day = end.day {
            ends[1] = CalendarDate(year: known.day.year + shift, month: endMonth, day: day).map { ($0, known.evidence) }
        }
        return ends
    }

    /// Whether the date, written without a year, falls on `written` in the year its verb's tense
    /// points to, when the nearest year is on the other side of the publication date: « rencontrera
    /// le samedi 13 janvier » in a piece of 31 March 2023 is 13 January 2024, a Saturday. With no
    /// tense to tell, a date whose nearest year puts it more than ``untoldYearReach`` days before
    /// the publication date may be next year's (« (le vendredi 3 juillet) » in a programme
    /// published in November).
    static func tenseMovesYear(of mention: Mention, day: CalendarDate, to written: Weekday, check: DateCheck) -> Bool {
        guard let published = check.published, !QuoteEditing.containsYear(mention.text) else { return false }
        let first = check.document.tokenIndex(from: mention.span.start)
        let shift: Int
        switch check.tenses.tense(before: first, in: check.sentence(of: mention).tokens) {
        case .future where day < published: shift = 1
        case .past where day > published: shift = -1
        case nil where published.daysSinceEpoch - day.daysSinceEpoch > untoldYearReach: shift = 1
        default: return false
        }
        return CalendarDate(year: day.year + shift, month: day.month, day: day.day)?.weekday == written
    }

    /// Whether both ends of a range written without a year fall on their weekdays in the year its
    /// verb's tense points to (``tenseMovesYear(of:day:to:check:)``): "will shift from Tuesday 10 March
    /// to Friday 13 March" in a piece of June 2025 is March 2026.
    static func tenseMovesYear(ofRange mention: Mention, written: [Weekday?], check: DateCheck) -> Bool {
        guard case .dateRange(let start, let end, _, _) = mention.value else { return false }
        let ends = zip([start, end], written).compactMap { date, weekday in
            weekday.map { (date.calendarDate, $0) }
        }
        return !ends.isEmpty
            && ends.allSatisfy { day, weekday in
                day.map { tenseMovesYear(of: mention, day: $0, to: weekday, check: check) } ?? false
            }
    }

    /// How far before the publication date, in days, a date without a year and without a tense
    /// to tell its year is surely a past one.
    static let untoldYearReach = 90

    private func finding(
        _ check: DateCheck, _ mention: Mention, mismatches: [CalendarDate], replacements: [String?],
        evidence: [Evidence] = []
    ) -> Finding {
        finding(
            check, quoted: mention.text, span: mention.span, mismatches: mismatches, replacements: replacements,
            evidence: evidence)
    }

    /// The finding for the words `quoted` at `span`, whose weekdays fall on `mismatches`.
    func finding(
        _ check: DateCheck, quoted: String, span: Span, mismatches: [CalendarDate], replacements: [String?],
        evidence: [Evidence] = []
    ) -> Finding {
        check.finding(
            descriptor, at: span,
            message: check.wording.weekdayMismatch(quoted: quoted, actual: mismatches),
            suggestions: [QuoteEditing.replacingWeekdays(in: quoted, with: replacements)],
            evidence: evidence + mismatches.map { Evidence(statement: "\($0.isoDay) is a \($0.weekday.englishName)") })
    }

    /// The day a date written without a year falls on, with the evidence of its year: the year of
    /// the reference event the sentence names (``referenceYear(of:in:check:)``), else the year
    /// nearest the text's own time (``textTimeDay(of:at:check:)``); `nil` when neither gives one.
    static func dayOfYearlessDate(_ date: PartialDate, in mention: Mention, check: DateCheck)
        -> (day: CalendarDate, evidence: Evidence)?
    {
        if date.year == nil, let (year, evidence) = referenceYear(of: date, in: mention, check: check),
            let day = date.with(year: year).calendarDate
        {
            return (day, evidence)
        }
        return textTimeDay(of: date, at: mention.span, check: check)
    }

    /// The year of a date written without one (and left without one: no publication date), from
    /// an event or an edition of the reference data that the sentence names and whose days
    /// include it ("On Sunday, October 14, … launched the … mission": the launch of 14 October 2024).
    /// When the sentence numbers an edition ("the 78th festival"), only that edition's days count:
    /// an edition the reference does not list gives no year, nor do editions of several years
    /// that hold the day. A sentence that remembers an event
    /// ("on Monday, March 11, the country marked the 13th anniversary of the earthquake", « pour
    /// commémorer le génocide ») dates its day in a later year: it gives none. Else, the year of
    /// the vote the paragraph places on that day (``voteDayYear(month:day:sentence:check:)``).
    static func referenceYear(of date: PartialDate, in mention: Mention, check: DateCheck) -> (Int, Evidence)? {
        guard let month = date.month, let day = date.day, let reference = check.reference else { return nil }
        let sentence = check.document.sentenceIndex(of: mention.span.start)
        guard !RemembranceWords.occur(in: check.document.sentences[sentence].tokens, check: check) else { return nil }
        let subjects = check.names.subjects(inSentence: sentence)
        let numbered = Set(
            EditionClaims(check: check, sentence: check.document.sentences[sentence]).numbers.map(\.value))
        // A series spelt like an entity of the sentence is named there too.
        let shared = check.names.series(inSentence: sentence).filter { series in
            !subjects.contains { $0.subject.id == series.subject.id }
        }
        for named in subjects + shared {
            var periods: [(start: PartialDate?, end: PartialDate?, source: ReferenceSource)] =
                reference.editions(ofSeries: named.subject.id)
                .filter { numbered.isEmpty || numbered.contains($0.number) }
                .map { ($0.start, $0.end ?? $0.start, $0.source) }
            if let event = reference.event(named.subject.id) {
                periods.append((event.start, event.end ?? event.start, event.source))
            }
            // Editions of several years that hold the day leave its year unknown.
            var found: [(year: Int, evidence: Evidence)] = []
            for period in periods {
                guard let first = period.start?.calendarDate, let last = period.end?.calendarDate else { continue }
                for year in Set([first.year, last.year]) {
                    guard let candidate = CalendarDate(year: year, month: month, day: day), first <= candidate,
                        candidate <= last
                    else { continue }
                    let statement = "\(named.subject.name) (\(named.subject.id)): \(first.isoDay) to \(last.isoDay)"
                    found.append((year, Evidence(statement: statement, source: period.source.description)))
                }
            }
            if let one = found.first {
                return found.allSatisfy({ $0.year == one.year }) ? one : nil
            }
        }
        return voteDayYear(month: month, day: day, sentence: sentence, check: check)
    }
}

extension DateWording {
    /// "« mardi 24 novembre 2025 » : le 24 novembre 2025 est un lundi."
    func weekdayMismatch(quoted words: String, actual days: [CalendarDate]) -> String {
        let facts = days.map { day -> String in
            let date = self.date(PartialDate(year: day.year, month: day.month, day: day.day))
            return language == .fr
                ? "le \(date) est un \(weekday(day.weekday))" : "\(date) is a \(weekday(day.weekday))"
        }
        let joined = facts.joined(separator: language == .fr ? " et " : " and ")
        return quoted(words) + colon + (language == .fr ? joined : joined.prefix(1).uppercased() + joined.dropFirst())
            + "."
    }
}
