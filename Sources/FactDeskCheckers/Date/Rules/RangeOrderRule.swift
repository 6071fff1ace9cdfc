import FactDeskKit
import FactDeskText

/// Rule `range-order`: a range whose end comes before its start ("du 27 au 24 novembre",
/// "November 27–24", "du 30 décembre 2025 au 2 janvier 2025", « du 20 juin au 12 »), or days listed before their month
/// that go backwards (« les 28 et 27 juin 2024 »), or a start and its continuation or end, in one
/// sentence or the next, that go backwards (« débutera vendredi 2 juin … se poursuivra jeudi 1er
/// juin », « partira le 29 juin … arrivera le 21 juin », « le coup d’envoi sera donné le 9 juillet
/// … la finale se jouera le 2 juillet », "runs from July 9 until the final on July 2"), or an end
/// told before a past start that comes after it (``endFirstFindings(_:)``).
///
/// Pieces the extractor does not join are read too (``monthFirstListFindings(_:)``,
/// ``yearPairFindings(_:)``): "September 10th and 9th", "(2024-2014)".
///
/// A range without years that crosses the new year ("du 30 décembre au 2 janvier") is read as
/// one, by the extractor, only when it lasts less than three months; "du 15 mars au 10 février"
/// is reversed.
struct RangeOrderRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "range-order", severity: .error,
        summary: "A date range whose end comes before its start.",
        examples: [
            RuleExample("Le sommet se tiendra ⟦du 27 au 24 novembre⟧.", language: .fr),
            RuleExample("Crowds came ⟦from Friday (June 12) to Sunday (June 4)⟧.", language: .en),
            // Years told one after the other.
            RuleExample("Norland joined in ⟦2007, followed by Estmark in 2003⟧.", language: .en),
            RuleExample("Norland joined in 2007, followed by Estmark in 2013.", language: .en),
            RuleExample("Le Norland a adhéré en ⟦2007, suivi de l’Estmark en 2003⟧.", language: .fr),
            RuleExample("Le Norland a adhéré en 2007, suivi de l’Estmark en 2013.", language: .fr),
            RuleExample("Norland joined in 2007, followed by the treaty of 1990 that it signed.", language: .en),
            // An entry into force dated before the signing.
            RuleExample("Signée le ⟦12 mai 1990, la charte n’est entrée en vigueur qu’en 1989⟧.", language: .fr),
            RuleExample("Signée le 12 mai 1990, la charte n’est entrée en vigueur qu’en 1993.", language: .fr),
            RuleExample("The charter was signed in ⟦2007. It came into force on 1 May 2005⟧.", language: .en),
            RuleExample("The charter was signed in 2007. It came into force on 1 May 2009.", language: .en),
            RuleExample("Signed in 2007, the charter came into force in 2009, replacing one in force since 2003.", language: .en),
            // A place named right before the finish's day.
            RuleExample(
                "La course s’élance ⟦samedi 4 avril de Vernay, pour une arrivée sur la Place des Lices samedi 28 mars⟧.",
                language: .fr),
            RuleExample(
                "La course s’élance samedi 4 avril de Vernay, pour une arrivée sur la Place des Lices samedi 11 avril.",
                language: .fr),
            RuleExample("Crowds came from Friday (June 12) to Sunday (June 14).", language: .en),
            // An opening in "-ing" and a close apart in one sentence.
            RuleExample(
                "The regatta, beginning on ⟦Monday 9 August, will close on Friday 6 August⟧.", language: .en,
                published: CalendarDate(iso: "2027-07-01")),
            RuleExample(
                "The regatta, beginning on Monday 9 August, will close on Friday 13 August.", language: .en,
                published: CalendarDate(iso: "2027-07-01")),
            RuleExample(
                "Le sommet se tiendra ⟦du 27 au 24 novembre⟧.", language: .fr,
                published: CalendarDate(iso: "2025-11-01")),
            RuleExample("La trêve court ⟦du 30 décembre 2025 au 2 janvier 2025⟧.", language: .fr),
            RuleExample("Les soldes vont ⟦du 15 mars au 10 février⟧.", language: .fr),
            RuleExample("The fair runs ⟦November 27–24, 2025⟧.", language: .en),
            // Days told in the publication month: "of this month", « de ce mois », « du mois ».
            RuleExample(
                "Delegates meet ⟦from the 18th to the 14th of this month⟧ in Apia.", language: .en,
                published: CalendarDate(iso: "2026-06-03")),
            RuleExample(
                "Delegates meet from the 14th to the 18th of this month in Apia.", language: .en,
                published: CalendarDate(iso: "2026-06-03")),
            RuleExample(
                "Les délégués se réunissent ⟦du 18 au 14 de ce mois⟧ à Apia.", language: .fr,
                published: CalendarDate(iso: "2026-06-03")),
            RuleExample(
                "Les délégués se réunissent du 14 au 18 de ce mois à Apia.", language: .fr,
                published: CalendarDate(iso: "2026-06-03")),
            RuleExample("Conclusions du Conseil des ⟦29 et 28 juin 2026⟧.", language: .fr),
            RuleExample(
                "La foire débutera ⟦samedi 6 juin et se poursuivra vendredi 5 juin⟧.", language: .fr,
                published: CalendarDate(iso: "2026-05-20")),
            // With no publication date nor year, a start and an end still go by month and day.
            RuleExample("La foire débutera ⟦samedi 6 juin à Caen. La foire se poursuivra vendredi 5 juin⟧.", language: .fr),
            RuleExample("La foire débutera samedi 6 juin à Caen. La foire se poursuivra dimanche 7 juin.", language: .fr),
            RuleExample("The fair will open on ⟦Saturday, June 6. It will continue on Friday, June 5⟧.", language: .en),
            RuleExample("The fair will open on Saturday, June 6. It will continue on Sunday, June 7.", language: .en),
            RuleExample("La foire débutera le 28 décembre. Elle se poursuivra le 3 janvier.", language: .fr),
            RuleExample("The fair runs ⟦August 29-27⟧ downtown.", language: .en),
            RuleExample("The fair runs ⟦7-3 March⟧ in Leeds.", language: .en),
            RuleExample("The fair (⟦Mar. 7–3⟧) drew crowds.", language: .en),
            RuleExample("The fair runs ⟦from March 2 to February 27⟧ in Leeds.", language: .en),
            RuleExample("La foire se tient ⟦9 juillet au 2 juin⟧ à Lyon.", language: .fr),
            RuleExample(
                "La foire s’ouvrira le ⟦vendredi 6 mars. Elle fermera ses portes le lundi 2 mars⟧.", language: .fr,
                published: CalendarDate(iso: "2026-02-10")),
            RuleExample(
                "Le tournoi débutera le ⟦6 juin et prendra fin le 2 juin⟧.", language: .fr,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample(
                "Le vote ouvre le ⟦6 juin et se clôt le 2 juin⟧.", language: .fr,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample(
                "The tournament kicks off on ⟦June 6, with the final on June 2⟧.", language: .en,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample(
                "Le tournoi débutera le 2 juin et prendra fin le 6 juin.", language: .fr,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample(
                "Le vote ouvre le 2 juin et se clôt le 6 juin.", language: .fr,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample(
                "The tournament kicks off on June 2, with the final on June 6.", language: .en,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample(
                "The heats are on ⟦Aug 21, the final on Aug 19⟧.", language: .en,
                published: CalendarDate(iso: "2026-08-01")),
            RuleExample(
                "Les qualifications auront lieu le ⟦21 août, la finale le 19 août⟧.", language: .fr,
                published: CalendarDate(iso: "2026-08-01")),
            RuleExample(
                "The heats are on Aug 19, the final on Aug 21.", language: .en,
                published: CalendarDate(iso: "2026-08-01")),
            RuleExample(
                "Les qualifications auront lieu le 19 août, la finale le 21 août.", language: .fr,
                published: CalendarDate(iso: "2026-08-01")),
            RuleExample("The fair runs 3-7 March in Leeds.", language: .en),
            RuleExample("The fair (Mar. 3–7) drew crowds.", language: .en),
            RuleExample("The fair runs from February 27 to March 2 in Leeds.", language: .en),
            RuleExample("La foire se tient 2 juin au 9 juillet à Lyon.", language: .fr),
            RuleExample(
                "La foire s’ouvrira le vendredi 6 mars. Elle fermera ses portes le lundi 9 mars.", language: .fr,
                published: CalendarDate(iso: "2026-02-10")),
            RuleExample("Le sommet se tiendra du 24 au 27 novembre.", language: .fr),
            RuleExample("Conclusions du Conseil des 28 et 29 juin 2026.", language: .fr),
            RuleExample(
                "La foire débutera samedi 6 juin. Elle se poursuivra jusqu’au lundi 8 juin.", language: .fr,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample("The fair runs August 27-29 downtown.", language: .en),
            RuleExample("Les 28 et 29 juin, puis le 3 et le 27 juillet, le conseil siège.", language: .fr),
            RuleExample("La trêve court du 30 décembre au 2 janvier.", language: .fr),
            RuleExample(
                "La trêve court du 30 décembre au 2 janvier.", language: .fr, published: CalendarDate(iso: "2025-12-01")
            ),
            RuleExample("The fair runs November 24–27, 2025, and the score was 27-24.", language: .en),
            RuleExample("Le plan couvre la période 2015-2020.", language: .fr),
            RuleExample("La foire se tiendra ⟦du 2.3. au 27.2.2026⟧ à Bâle.", language: .fr),
            RuleExample("La foire se tiendra du 27.2. au 2.3.2026 à Bâle.", language: .fr),
            RuleExample("La régate se court ⟦du 21.08 au 16.08.2026⟧ à Brest.", language: .fr),
            RuleExample("La régate se court du 16.08 au 21.08.2026 à Brest.", language: .fr),
            RuleExample("Le taux est passé du 21.08 au 16.08 en un mois.", language: .fr),
            RuleExample("The regatta runs ⟦from Sept 21 to Sept 16⟧ off Cork.", language: .en),
            RuleExample("The regatta runs from Sept 16 to Sept 21 off Cork.", language: .en),
            RuleExample("Sept 12 mètres courront du 16 au 21 septembre à Brest.", language: .fr),
            RuleExample("The fair runs ⟦2.3.–27.2.2026⟧ in Basel.", language: .en),
            RuleExample("The fair runs 27.2.–2.3.2026 in Basel.", language: .en),
            RuleExample("La foire se tient ⟦2.3.–27.2.2026⟧ à Bâle.", language: .fr),
            RuleExample("La foire se tient 27.2.–2.3.2026 à Bâle.", language: .fr),
            RuleExample("The fair runs ⟦from 02/03/2026 to 27/02/2026⟧ in Basel.", language: .en),
            RuleExample("The fair runs from 27/02/2026 to 02/03/2026 in Basel.", language: .en),
            RuleExample("Le festival se tiendra ⟦du 2026-03-07 au 2026-03-03⟧ à Nancy.", language: .fr),
            RuleExample("Le festival se tiendra du 2026-03-03 au 2026-03-07 à Nancy.", language: .fr),
            RuleExample("Les Rencontres (⟦du 7/03 au 3/03⟧) ouvrent la saison.", language: .fr),
            RuleExample("Les Rencontres (du 3/03 au 7/03) ouvrent la saison.", language: .fr),
            RuleExample("Les Rencontres (du 28/12 au 3/01) ouvrent la saison.", language: .fr),
            RuleExample("Le salon aura lieu ⟦du sam. 7 au mar. 3 mars⟧ à Nancy.", language: .fr),
            RuleExample("Le salon aura lieu du mar. 3 au sam. 7 mars à Nancy.", language: .fr),
            RuleExample("The show runs ⟦from Sat 7 Mar to Tue 3 Mar⟧ in Leeds.", language: .en),
            RuleExample("The show runs from Tue 3 Mar to Sat 7 Mar in Leeds.", language: .en),
            RuleExample("Le salon se tiendra ⟦du 7 jusqu’au 3 mars⟧ à Nancy.", language: .fr),
            RuleExample("Le salon se tiendra du 3 jusqu’au 7 mars à Nancy.", language: .fr),
            RuleExample("Le score final, 7/3 à 2/1, a surpris.", language: .fr),
            RuleExample(
                "Le Tour partira le ⟦29 juin de Porto et arrivera le 21 juin⟧ à Lyon.", language: .fr,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample(
                "The rally departs on ⟦June 29 from Porto and arrives on June 21⟧ in Lyon.", language: .en,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample(
                "Le Tour partira le 29 juin de Porto et arrivera le 21 juillet à Lyon.", language: .fr,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample(
                "The rally departs on June 29 from Porto and arrives on July 21 in Lyon.", language: .en,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample("Le festival se tiendra ⟦du 20 juin au 12⟧ à Lyon.", language: .fr),
            RuleExample("The fair runs ⟦from 20 June to 12⟧, in Leeds.", language: .en),
            RuleExample("Le festival se tiendra du 12 juin au 20 à Lyon.", language: .fr),
            RuleExample("The fair runs from 12 June to 20, in Leeds.", language: .en),
            RuleExample("La boutique, ouverte du 20 juin au 12 rue Gambetta, ferme en août.", language: .fr),
            RuleExample(
                "Le procès s’ouvrira le ⟦20 octobre et durera jusqu’au 2 septembre⟧.", language: .fr,
                published: CalendarDate(iso: "2026-08-20")),
            RuleExample(
                "The trial began on ⟦May 30, and the verdict came on April 15⟧.", language: .en,
                published: CalendarDate(iso: "2026-06-20")),
            RuleExample(
                "Le procès s’ouvrira le 20 octobre et durera jusqu’au 2 décembre.", language: .fr,
                published: CalendarDate(iso: "2026-08-20")),
            RuleExample(
                "The fair opens on June 6; tickets are on sale until June 2.", language: .en,
                published: CalendarDate(iso: "2026-05-20")),
            RuleExample("The summit meets in Lagos on ⟦October 10th and 9th⟧.", language: .en),
            RuleExample("The summit meets on ⟦October 10 and 9⟧ in Lagos.", language: .en),
            RuleExample("The summit meets in Lagos on October 9th and 10th.", language: .en),
            RuleExample("The summit meets in Lagos on the ⟦10th and 9th of June⟧.", language: .en),
            RuleExample("The summit meets in Lagos on the 9th and 10th of June.", language: .en),
            RuleExample("The summit meets in Lagos on October 9 and 10.", language: .en),
            RuleExample("On October 10 and 9 delegations arrived in Lagos.", language: .en),
            RuleExample("The rector of the academy (⟦2019-2017⟧) retired in Lyon.", language: .en),
            RuleExample("Le plan de relance (⟦2030 – 2026⟧) a été adopté.", language: .fr),
            RuleExample("The rector of the academy (2017-2019) retired in Lyon.", language: .en),
            RuleExample("Call 2019-2017-2044 for tickets.", language: .en),
            RuleExample("The fair runs ⟦from Friday, June 12, to Wednesday, June 10⟧ in Leeds.", language: .en),
            RuleExample(
                "The fair takes place ⟦between Wednesday, June 24, and Sunday, June 21⟧.", language: .en,
                published: CalendarDate(iso: "2026-04-27")),
            RuleExample(
                "The fair takes place between Wednesday, June 24, and Sunday, June 28.", language: .en,
                published: CalendarDate(iso: "2026-04-27")),
            RuleExample("La foire se tiendra ⟦de juin 2026 à mars 2026⟧ à Lyon.", language: .fr),
            RuleExample("The fair runs from Wednesday, June 10, to Friday, June 12 in Leeds.", language: .en),
            RuleExample("La foire se tiendra de mars 2026 à juin 2026 à Lyon.", language: .fr),
            RuleExample("The vote was brought forward from June 12 to June 10.", language: .en),
            RuleExample("Le scrutin a été avancé du 12 juin au 10 juin.", language: .fr),
            RuleExample("The summit was moved from Friday, June 12, to Wednesday, June 10.", language: .en),
            RuleExample("The fair was postponed to ⟦June 14-9⟧ because of the strike.", language: .en),
            RuleExample("La foire a été reportée au ⟦14-9 juin⟧ à cause de la grève.", language: .fr),
            RuleExample("The fair was postponed to June 9-14 because of the strike.", language: .en),
            RuleExample("La foire a été reportée au 9-14 juin à cause de la grève.", language: .fr),
            RuleExample("The rector served ⟦from 2019 to 2015⟧ in Lyon.", language: .en),
            RuleExample("⟦Between 2020 and 2015⟧, the port doubled its trade.", language: .en),
            RuleExample("Le recteur a siégé ⟦de 2019 à 2015⟧, puis il est parti.", language: .fr),
            RuleExample("⟦Entre 2020 et 2015⟧, le port a doublé son trafic.", language: .fr),
            RuleExample("Il a présidé le club ⟦de 2019 jusqu’en 2015⟧.", language: .fr),
            RuleExample("The rector served from 2015 to 2019 in Lyon.", language: .en),
            RuleExample("Between 2015 and 2020, the port doubled its trade.", language: .en),
            RuleExample("Le recteur a siégé de 2015 à 2019, puis il est parti.", language: .fr),
            RuleExample("The pledge cuts emissions from 2020 to 2005 levels.", language: .en),
            RuleExample("Staff numbers fell from 2019 to 1850.", language: .en),
            RuleExample("La fréquentation est passée de 2019 à 1500 visiteurs.", language: .fr),
            RuleExample("Le club comptait de 2019 à 1500 membres selon les années.", language: .fr),
            RuleExample("⟦From 2019 to 2015⟧ the port doubled its trade.", language: .en),
            RuleExample("From 2015 to 2019 the port doubled its trade.", language: .en),
            RuleExample(
                "Le sommet débute le ⟦lundi 9 mars pour s’achever le mardi 3 mars⟧.", language: .fr,
                published: CalendarDate(iso: "2026-02-10")),
            RuleExample(
                "L’ouverture est prévue le ⟦9 mars et la clôture le 3 mars⟧.", language: .fr,
                published: CalendarDate(iso: "2026-02-10")),
            RuleExample(
                "Le sommet débute le lundi 2 mars pour s’achever le vendredi 6 mars.", language: .fr,
                published: CalendarDate(iso: "2026-02-10")),
            RuleExample(
                "L’ouverture est prévue le 3 mars et la clôture le 9 mars.", language: .fr,
                published: CalendarDate(iso: "2026-02-10")),
            RuleExample(
                "Le salon se poursuivra jusqu’au 20 mai. Il avait débuté le ⟦24 mai⟧ à Metz.", language: .fr,
                published: CalendarDate(iso: "2026-05-12")),
            RuleExample(
                "The fair runs until May 20. It began on ⟦May 24⟧ in Derby.", language: .en,
                published: CalendarDate(iso: "2026-05-12")),
            RuleExample(
                "The fair runs until May 20. It began on May 24 last year in Derby.", language: .en,
                published: CalendarDate(iso: "2026-05-12")),
            RuleExample(
                "The fair runs until May 20. It began on May 24, 2025, in Derby.", language: .en,
                published: CalendarDate(iso: "2026-05-12")),
            RuleExample(
                "Le salon se poursuivra jusqu’au 20 mai. Il avait débuté le 4 mai à Metz.", language: .fr,
                published: CalendarDate(iso: "2026-05-12")),
            RuleExample(
                "The verdict is expected on May 20. The retrial begins on May 24 in Derby.", language: .en,
                published: CalendarDate(iso: "2026-05-12")),
            RuleExample("The congress runs ⟦from Monday, March 9, at 10 a.m. to Thursday, March 5⟧, at noon.", language: .en),
            RuleExample("Le congrès se tient ⟦du lundi 9 mars à 10 heures au jeudi 5 mars⟧ à midi.", language: .fr),
            RuleExample("The congress runs from Monday, March 2, at 10 a.m. to Thursday, March 5, at noon.", language: .en),
            RuleExample("Le congrès se tient du lundi 2 mars à 10 heures au jeudi 5 mars à midi.", language: .fr),
            RuleExample("⟦Depuis le 9 mars et jusqu’au 4 mars⟧, la cour siège à Douai.", language: .fr),
            RuleExample("Depuis le 2 mars et jusqu’au 4 mars, la cour siège à Douai.", language: .fr),
            RuleExample(
                "The cup starts on ⟦July 6 in Turin. The final will be played on July 2⟧ in Rome.", language: .en,
                published: CalendarDate(iso: "2026-06-01")),
            RuleExample(
                "The cup starts on July 6 in Turin. The final will be played on August 2 in Rome.", language: .en,
                published: CalendarDate(iso: "2026-06-01")),
            RuleExample(
                "Le coup d’envoi sera donné le ⟦9 juillet et la finale se jouera le 2 juillet⟧.", language: .fr,
                published: CalendarDate(iso: "2026-06-01")),
            RuleExample(
                "Le coup d’envoi sera donné le 9 juillet et la finale se jouera le 2 août.", language: .fr,
                published: CalendarDate(iso: "2026-06-01")),
            RuleExample(
                "The cup will kick off in Lyon and Nantes on ⟦July 9. Lyon hosts the final on July 2⟧.", language: .en,
                published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "The cup will kick off in Lyon and Nantes on July 2. Lyon hosts the final on July 9.", language: .en,
                published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "La coupe débutera à Lyon et à Nantes le ⟦9 juillet. La finale se jouera le 2 juillet⟧.", language: .fr,
                published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "The cup runs from ⟦July 9 until the final on July 2⟧.", language: .en,
                published: CalendarDate(iso: "2026-06-01")),
            RuleExample(
                "The cup runs from July 9 until the final on August 2.", language: .en,
                published: CalendarDate(iso: "2026-06-01")),
            RuleExample(
                "Les fêtes dureront jusqu’au 14 mai. Elles s’ouvriront le ⟦19 mai⟧ par un bal.", language: .fr,
                published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "Les fêtes dureront jusqu’au 14 mai. Elles s’ouvriront le 9 mai par un bal.", language: .fr,
                published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "L’audience, qui doit se tenir jusqu’au ⟦2 avril, s’est ouverte le 3 avril⟧.", language: .fr,
                published: CalendarDate(iso: "2026-03-20")),
            RuleExample(
                "L’audience, qui doit se tenir jusqu’au 2 avril, s’est ouverte le 3 mars.", language: .fr,
                published: CalendarDate(iso: "2026-03-20")),
            RuleExample(
                "L’audience, qui se tient depuis le ⟦3 mars, doit durer jusqu’au 2 février⟧.", language: .fr,
                published: CalendarDate(iso: "2026-03-20")),
            RuleExample(
                "L’audience, qui se tient depuis le 3 mars, doit durer jusqu’au 2 avril.", language: .fr,
                published: CalendarDate(iso: "2026-03-20")),
            RuleExample(
                "The inquiry, which started on Oct. 5, is set to end on Nov. 30.", language: .en,
                published: CalendarDate(iso: "2026-06-01")),
            RuleExample(
                "The inquiry, which opened on Oct. 5, will end on March 30.", language: .en,
                published: CalendarDate(iso: "2026-11-01")),
            RuleExample(
                "L’enquête a débuté le ⟦5 octobre. Le jugement a été rendu le 3 octobre⟧.", language: .fr,
                published: CalendarDate(iso: "2026-09-01")),
            RuleExample(
                "L’enquête a débuté le 5 octobre. Le jugement a été rendu le 23 octobre.", language: .fr,
                published: CalendarDate(iso: "2026-09-01")),
            RuleExample(
                "Les fêtes commencent le ⟦9 mai et s’achèvent le 4 mai⟧.", language: .fr,
                published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "The fair starts on ⟦May 9 and runs for a week, ending on May 4⟧.", language: .en,
                published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "The fair starts on May 9 and runs for a week, ending on May 15.", language: .en,
                published: CalendarDate(iso: "2026-04-01")),
            // A competition's opener, rounds and final told apart in one paragraph.
            RuleExample(
                "The tournament opener between Fiji and Samoa will be played on ⟦June 5 in Suva. Suva also hosts the final on June 1⟧.",
                language: .en, published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "The tournament opener between Fiji and Samoa will be played on June 5 in Suva. Suva also hosts the final on June 21.",
                language: .en, published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "The first semi-final is played in Apia on ⟦12 May and the second a day later. Both have a reserve day. The final takes place at the National Stadium in Apia on 9 May⟧.",
                language: .en, published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "The first semi-final is played in Apia on 12 May and the second a day later. Both have a reserve day. The final takes place at the National Stadium in Apia on 16 May.",
                language: .en, published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "La compétition débutera ⟦jeudi 9 juillet à Nouméa. Elle réunit seize équipes. Les quarts de finale se joueront à partir du samedi 4 juillet⟧.",
                language: .fr),
            RuleExample(
                "La compétition débutera jeudi 9 juillet à Nouméa. Elle réunit seize équipes. Les quarts de finale se joueront à partir du samedi 18 juillet.",
                language: .fr),
            RuleExample(
                "The regatta opens on June 5 in Suva. Tickets went on sale in May. The Pacific Cup final was sailed on June 1.",
                language: .en, published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "La compétition débutera jeudi 9 juillet. Les billets sont en vente. La finale de la Coupe de Nouméa s’est jouée le 4 juillet.",
                language: .fr),
            RuleExample(
                "The inquiry opened on June 5. Witnesses were heard. The final report was published on June 1.",
                language: .en, published: CalendarDate(iso: "2026-07-01")),
            RuleExample(
                "The first round ends ⟦May 3, after starting May 9⟧.", language: .en,
                published: CalendarDate(iso: "2026-04-01")),
            RuleExample(
                "The first round ends May 3, after starting April 20.", language: .en,
                published: CalendarDate(iso: "2026-04-01")),
        ])

    /// The findings of every form, each once: a later form's finding over the words of an
    /// earlier one is the same disorder read twice ("the 10th and 9th of June" as a list and as
    /// pieces).
    func findings(in check: DateCheck) -> [Finding] {
        let all =
            rangeFindings(check) + listFindings(check) + sequenceFindings(check, yearless: false)
            + monthFirstListFindings(check) + yearPairFindings(check) + yearWordPairFindings(check)
            + pieceFindings(check) + endFirstFindings(check) + sequenceFindings(check, yearless: true)
            + followedByFindings(check) + signingFindings(check)
        var kept: [Finding] = []
        for finding in all where !kept.contains(where: { $0.span.start < finding.span.end && finding.span.start < $0.span.end }) {
            kept.append(finding)
        }
        return kept
    }

    /// Words that carry an event on after its start or bring its end, folded: « se poursuivra »,
    /// "continues", « prendra fin », "with the final on", « pour s’achever le », « se terminer le ».
    static let continuingVerbs: Set<String> = [
        "poursuivra", "poursuit", "poursuivront", "continuera", "continue", "continues", "continued", "continuent",
        "fin", "final", "finale", "achever", "terminer", "cloturer", "clore", "fermer", "conclure", "finir",
        "refermer", "ending", "achevant", "terminant", "cloturant",
    ]
    /// Words of an event's start besides its verbs, folded: « l’ouverture est prévue le »,
    /// « doit commencer le », « à partir du » (then « et jusqu’au »).
    /// « le coup d’envoi sera donné le », "the kick-off is on".
    static let startingWords: Set<String> = [
        "ouverture", "ouvrir", "commencer", "debuter", "demarrer", "debut", "partir", "d'envoi", "envoi", "kick-off",
        "kickoff", "commencent", "commenceront", "debuteront", "demarrent", "demarreront",
    ]
    /// Words of a race's or a journey's start and finish, folded: « partira le 29 juin … arrivera
    /// le 21 juillet », "departs on … arrives on".
    static let departureWords: Set<String> = [
        "partira", "part", "partent", "partiront", "depart", "departs", "departed", "departure",
    ]
    static let arrivalWords: Set<String> = [
        "arrivera", "arrive", "arrivent", "arriveront", "arrivee", "arrives", "arrived", "arrival", "finish",
    ]
    /// Words of what ends a trial, folded: "the verdict came on", « le verdict est attendu le ».
    static let endWords: Set<String> = ["verdict", "verdicts", "jugement"]
    /// Words of an end after a verb of lasting, folded: « durera jusqu’au », "runs until".
    static let untilWords: Set<String> = ["until", "till", "through", "jusqu'au", "jusqu'", "jusqu", "jusque"]

    /// Whether token `index` is an end after a verb of lasting: « durera jusqu’au 2 septembre »,
    /// "will run until June 2"; "tickets are on sale until June 2" is another thing.
    static func lastsUntil(_ index: Int, check: DateCheck) -> Bool {
        untilWords.contains(check.word(index)) && EventDurationMismatchRule.lastingWords.contains(check.word(index - 1))
    }

    /// Rounds of a competition that come before its final, folded: "the heats on Aug 21, the final
    /// on Aug 19", « les qualifications le 21 août, la finale le 19 ».
    static let earlyRoundWords: Set<String> = withinRoundWords.union([
        "heats", "qualifying", "qualifiers", "qualification", "qualifications", "preliminaries", "prelims",
        "eliminatoires",
    ])

    /// How many tokens before a date its verb may be.
    static let verbReach = 4
    /// How many tokens before a date a competition's final or a trial's verdict may be: "the final
    /// will be played on", « la finale se jouera le », « le verdict a été rendu le ».
    static let finalReach = 6
    static let finalWords: Set<String> = ["final", "finale"]

    /// Prepositions of the places an event is held in, before the day it is held on, folded: "in",
    /// "at", « à », « sur ».
    static let placePrepositions: Set<String> = ["in", "a", "au", "sur", "at"]
    /// The most tokens the places between a verb and its day may take: "in Lyon and Nantes".
    static let placeReach = 6

    /// Where the words before a date's first token `index` start once the places the event is
    /// held in are left out ("will kick off in Lyon and Nantes on August 22", « débutera à Caen
    /// et à Rouen le 2 juin »): the token of the first place preposition, else `index`.
    static func placeSkipped(before index: Int, sentence: Range<Int>, check: DateCheck) -> Int {
        guard index - 1 > sentence.lowerBound else { return index }
        let isCapitalised = { (position: Int) in
            check.tokens[position].kind == .word && check.tokens[position].text.first?.isUppercase == true
        }
        // « pour une arrivée sur la Place des Lices samedi 28 mars »: the place right before the day.
        let hasDayWord = ["on", "le"].contains(check.word(index - 1))
        guard hasDayWord || isCapitalised(index - 1) else { return index }
        let end = hasDayWord ? index - 1 : index
        var start = end
        var cursor = end - 1
        while cursor >= sentence.lowerBound, end - cursor <= placeReach {
            let token = check.tokens[cursor]
            let folded = check.word(cursor)
            if placePrepositions.contains(folded) {
                start = cursor
            } else if !isCapitalised(cursor) && !["and", "et"].contains(folded) && token.text != ","
                && !(placeParticles.contains(folded) && cursor + 1 < end && isCapitalised(cursor + 1))
            {
                break
            }
            cursor -= 1
        }
        return start == end ? index : start
    }

    /// Small words within a place's name or before it, folded: « la Place des Lices ».
    static let placeParticles: Set<String> = ["la", "le", "l'", "les", "des", "de", "du", "the"]

    /// Whether token `index`, a date's first, follows "since" or « depuis le »: « qui se tient
    /// depuis le 2 septembre, doit durer jusqu’au 20 décembre ».
    static func follows(since index: Int, check: DateCheck) -> Bool {
        check.word(index - 1) == "since" || (check.word(index - 1) == "le" && check.word(index - 2) == "depuis")
    }

    /// Whether token `index`, a date's first, follows "from" or « du » after a verb of lasting:
    /// "runs from July 20 until the final on August 20".
    static func lastsFrom(_ index: Int, check: DateCheck) -> Bool {
        ["from", "du"].contains(check.word(index - 1)) && EventDurationMismatchRule.lastingWords.contains(check.word(index - 2))
    }

    /// A start and a later continuation or end that goes back in time, in one sentence or the
    /// next: « débutera vendredi 2 juin … se poursuivra jeudi 1er juin »; dates with years
    /// (`yearless` false), or dates that no year gives, compared by month and day (`yearless` true).
    private func sequenceFindings(_ check: DateCheck, yearless: Bool) -> [Finding] {
        var findings: [Finding] = []
        var opening: (mention: Mention, date: PartialDate)?
        var previousSentence = -1
        for mention in check.dates {
            let sentenceIndex = check.document.sentenceIndex(of: mention.span.start)
            let isFirstDate = sentenceIndex != previousSentence
            previousSentence = sentenceIndex
            guard case .date(let date, _) = mention.value, date.month != nil, date.day != nil,
                yearless ? date.year == nil : date.calendarDate != nil
            else { continue }
            let first = check.document.tokenIndex(from: mention.span.start)
            let sentence = check.sentence(of: mention).tokens
            let before = max(sentence.lowerBound, Self.placeSkipped(before: first, sentence: sentence, check: check) - Self.verbReach)..<first
            let part = Self.partWord(before: first, sentence: sentence, isFirstDate: isFirstDate, check: check)
            let ends =
                before.contains(where: {
                    Self.continuingVerbs.contains(check.word($0)) || EventBoundaryWeekday.closingVerbs.contains(check.word($0))
                        || Self.arrivalWords.contains(check.word($0)) || Self.endWords.contains(check.word($0))
                        || Self.lastsUntil($0, check: check)
                        || (Self.untilWords.contains(check.word($0)) && ["et", "and"].contains(check.word($0 - 1)))
                })
                || (max(sentence.lowerBound, first - Self.finalReach)..<first).contains(where: {
                    Self.finalWords.contains(check.word($0)) || Self.endWords.contains(check.word($0))
                })
                || part != nil
            // A round or final of the competition may be told a few sentences after its start.
            let reach = part.map { Self.isOwnPart($0, sentence: sentence, check: check) } ?? false ? Self.partSentenceReach : 1
            if let open = opening,
                sentenceIndex - check.document.sentenceIndex(of: open.mention.span.start) <= reach,
                reach == 1
                    || check.document.paragraphIndex(of: mention.span.start)
                        == check.document.paragraphIndex(of: open.mention.span.start),
                ends, Self.mayPrecede(date, open.date), Self.isReversedAsWritten(open.mention, mention)
            {
                // Either date may be the wrong one: the finding spans both, within their paragraph.
                let span = RangeDurationMismatchRule.paragraphSpan(mention, open.mention, check: check)
                findings.append(
                    check.finding(
                        descriptor, at: span,
                        message: check.wording.rangeOrder(
                            quoted: check.document.text(in: span),
                            start: open.date, end: date),
                        evidence: [Evidence(statement: "\(date) comes before \(open.date), the start")]))
                opening = nil
            } else if before.contains(where: {
                EventBoundaryWeekday.openingVerbs.contains(check.word($0)) || Self.departureWords.contains(check.word($0))
                    || Self.earlyRoundWords.contains(check.word($0)) || Self.startingWords.contains(check.word($0))
                    || Self.openerWords.contains(check.word($0))
            })
                || Self.lastsFrom(first, check: check) || Self.follows(since: first, check: check)
                || (isFirstDate && Self.subject(sentence, before: first, holdsOneOf: Self.openerWords, check: check))
            {
                opening = (mention, date)
            }
        }
        return findings
    }

    /// Whether `date` may come before `start`: as calendar days when both have a year; when
    /// neither has one, ``isReversedAsWritten(_:_:)`` compares their months and days.
    private static func mayPrecede(_ date: PartialDate, _ start: PartialDate) -> Bool {
        guard let day = date.calendarDate, let first = start.calendarDate else { return true }
        return day < first
    }

    /// Days listed before their month that go backwards: « les 28 et 27 juin ».
    private func listFindings(_ check: DateCheck) -> [Finding] {
        zip(check.dates, check.dates.dropFirst()).compactMap { first, second -> Finding? in
            guard case .date(let start, _) = first.value, case .date(let end, _) = second.value,
                let startDay = start.day, let endDay = end.day, start.month != nil, start.month == end.month,
                start.year == end.year, startDay > endDay
            else { return nil }
            let firstTokens = check.document.tokenRange(of: first.span)
            // The first item is a day alone (its month comes with the last), joined by "et" or a comma.
            guard firstTokens.count <= 2, check.tokens[firstTokens.upperBound - 1].text.first?.isNumber == true,
                DayList.joins(first, second, check: check)
            else { return nil }
            let span = first.span.union(second.span)
            return check.finding(
                descriptor, at: span,
                message: check.wording.rangeOrder(quoted: check.document.text(in: span), start: start, end: end),
                evidence: [Evidence(statement: "\(end) comes before \(start)")])
        }
    }

    private func rangeFindings(_ check: DateCheck) -> [Finding] {
        check.ranges.compactMap { mention -> Finding? in
            guard case .dateRange(let start, let end, _, _) = mention.value, Self.isReversed(start, end),
                CrossMonthRangeRule.acrossMonths(mention, check: check) == nil,
                !(Self.isMoved(before: check.document.tokenIndex(from: mention.span.start), check: check)
                    && Self.joinsEndsByWord(mention, check: check))
            else { return nil }
            var suggestions: [String] = []
            if start.month == end.month, start.year == end.year, let first = start.day, let last = end.day,
                let swapped = QuoteEditing.swappingNumbers(first, last, in: mention.text)
            {
                suggestions.append(swapped)
            }
            return check.finding(
                descriptor, at: mention.span,
                message: check.wording.rangeOrder(quoted: mention.text, start: start, end: end),
                suggestions: suggestions,
                evidence: [Evidence(statement: "\(end) comes before \(start)")])
        }
    }

    /// Whether a range's ends are joined by a word ("from June 12 to June 10", « du 12 au 10 »), as
    /// a date moved from one day to another is written; a dash joins the ends of one range, which
    /// a date moved to it keeps in order ("postponed to June 14-16").
    static func joinsEndsByWord(_ range: Mention, check: DateCheck) -> Bool {
        check.document.tokenRange(of: range.span).contains { pieceClosers.contains(check.word($0)) }
    }

    /// Whether `end` comes before `start`: by full dates when both have a year, else by month
    /// and day (a range without years that wraps the new year is not reversed).
    static func isReversed(_ start: PartialDate, _ end: PartialDate) -> Bool {
        guard let startMonth = start.month, let endMonth = end.month else { return false }
        let startDay = start.day ?? 1
        let endDay = end.day ?? 1
        switch (start.year, end.year) {
        case let (startYear?, endYear?):
            return (endYear, endMonth, endDay) < (startYear, startMonth, startDay)
        case (nil, nil):
            return !start.wrapsNewYear(before: end) && (endMonth, endDay) < (startMonth, startDay)
        default:
            return false
        }
    }
}

extension DateWording {
    /// "« du 27 au 24 novembre » : la fin (24 novembre) précède le début (27 novembre)."
    func rangeOrder(quoted words: String, start: PartialDate, end: PartialDate) -> String {
        quoted(words) + colon
            + (language == .fr
                ? "la fin (\(date(end))) précède le début (\(date(start)))."
                : "the end (\(date(end))) comes before the start (\(date(start))).")
    }
}
