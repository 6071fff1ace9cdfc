import FactDeskKit
import FactDeskText

/// Rule `range-duration-mismatch`: a range of days and the length the text gives the same event
/// that disagree, counting both ends as news does ("du 24 au 27 novembre" is four days, not
/// "trois jours durant").
///
/// A length counts only when the words make it one ("pendant trois jours", "quatre jours
/// durant", "pour une semaine", "for five days", "a four-day meeting"), not a delay ("dans trois
/// jours", "trois jours plus tard"). It is paired with a range of its sentence next to it, else
/// the nearest range before it in its paragraph or the one before, with no other date between
/// (a year of founding aside: "founded by Ana Ruiz in 1985"),
/// else the first date after it in its paragraph when that is a range, else, after « soit », days
/// its sentence lists one after the other (« les 2, 3 et 4 juillet, soit trois jours »). When one
/// paragraph holds
/// both, the finding covers both: either may be the wrong one. « dix jours » told in another
/// sentence than its range is read as the round figure it is there (``isRoundTen``). Years go with a range of years of
/// the sentence ("2024-2029 … les 5 prochaines années") or the year they run until ("for two
/// years until the next congress in 2026", from the publication year).
struct RangeDurationMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "range-duration-mismatch", severity: .error,
        summary: "A date range and a stated length of the same event that disagree (both ends count).",
        examples: [
            RuleExample(
                "L’assemblée se tient ⟦du 24 au 27 novembre. Les délégués débattront trois jours⟧ durant.",
                language: .fr),
            RuleExample(
                "Pendant ⟦cinq jours, du 3 au 6 mars 2026⟧, la ville vivra au rythme du festival.", language: .fr),
            RuleExample("The summit runs ⟦from March 3 to 6, 2026. Leaders meet for three days⟧.", language: .en),
            // A length that opens its sentence to be compared restates the period before it.
            RuleExample("Le salon se tient ⟦du 4 au 14 octobre. 12 jours⟧, c’est deux de plus qu’en 2017.", language: .fr),
            RuleExample("Le salon se tient du 4 au 14 octobre. 11 jours, c’est deux de plus qu’en 2017.", language: .fr),
            RuleExample("Le salon se tient du 4 au 14 octobre. Trois jours, c’est le temps qu’il faut pour tout voir.", language: .fr),
            RuleExample("The show runs ⟦from 4 to 14 October. Twelve days⟧ is two more than in 2017.", language: .en),
            RuleExample("The show runs from 4 to 14 October. Three days is the time it takes to see it all.", language: .en),
            RuleExample("The ⟦three-day meeting, held November 24–27⟧, ended with a vote.", language: .en),
            // A compound written without its hyphen; a length within the event.
            RuleExample("Kesra holds a ⟦six day fair from Friday 12th to Monday 22nd March 2027⟧.", language: .en),
            RuleExample("Kesra holds an eleven day fair from Friday 12th to Monday 22nd March 2027.", language: .en),
            RuleExample("It snowed for two days during the fair from 12 to 22 March 2027.", language: .en),
            RuleExample("Il a neigé deux jours durant la foire du 12 au 22 mars 2027.", language: .fr),
            RuleExample(
                "⟦From July 12 to 16, Kesra hosted this festival founded by Ana Ruiz in 1985. These four days⟧ of music drew crowds.",
                language: .en),
            RuleExample(
                "From July 12 to 16, Kesra hosted this festival founded by Ana Ruiz in 1985. These five days of music drew crowds.",
                language: .en),
            RuleExample(
                "Some 9,000 exhibitors attend the ⟦three-day trade show (12-15 Oct⟧) in Lisbon.", language: .en),
            RuleExample(
                "Pendant ⟦huit jours, les visiteurs parcourront les allées. La foire se tiendra du 23 février au 4 mars⟧.",
                language: .fr, published: CalendarDate(iso: "2026-02-10")),
            RuleExample(
                "Plan d’action ⟦2025-2030 : les priorités des 3 prochaines années⟧ sont fixées.", language: .fr),
            RuleExample("The ⟦2026-2028 budget covers the next five years⟧ of spending.", language: .en),
            RuleExample("⟦De 2006 à 2026, cela fait dix-neuf ans⟧ que la ville accueille le salon.", language: .fr),
            RuleExample("De 2006 à 2026, cela fait vingt ans que la ville accueille le salon.", language: .fr),
            RuleExample("⟦2006-2026: 19 years⟧ of the fair.", language: .en),
            RuleExample("2006-2026: 20 years of the fair.", language: .en),
            RuleExample(
                "The chair will lead the board for ⟦three years until the next congress in 2027⟧.", language: .en,
                published: CalendarDate(iso: "2025-06-12")),
            RuleExample(
                "Elle présidera le conseil pendant ⟦trois ans, jusqu’en 2028⟧.", language: .fr,
                published: CalendarDate(iso: "2026-02-10")),
            RuleExample("Le festival a duré ⟦cinq jours (3 - 8 mars⟧).", language: .fr),
            RuleExample("Le salon a duré ⟦une semaine, du 3 au 14 mars⟧.", language: .fr),
            RuleExample("Les ⟦12 jours de festival (2 au 14 juillet⟧) ont attiré la foule.", language: .fr),
            RuleExample("A ⟦week-long fair (March 3-12⟧) drew crowds.", language: .en),
            RuleExample("The fair, which will last ⟦three days, runs from March 3 to 6⟧.", language: .en),
            RuleExample("Les ⟦trois jours du sommet (3-6 mars⟧) ont été intenses.", language: .fr),
            RuleExample("The fair, which will last four days, runs from March 3 to 6.", language: .en),
            RuleExample("The ⟦10-day festival opened on July 2 and runs until July 14⟧.", language: .en),
            RuleExample(
                "Le salon de ⟦trois jours, ouvert le 3 mars, fermera ses portes le 6 mars⟧.", language: .fr),
            RuleExample("The 13-day festival opened on July 2 and runs until July 14.", language: .en),
            // The first and last days in the sentence before a demonstrative.
            RuleExample(
                "La foire ouvre samedi 11 octobre à Vienne et s’achèvera le ⟦19 octobre. Les éleveurs y resteront durant ces huit jours⟧.",
                language: .fr),
            RuleExample(
                "La foire ouvre samedi 11 octobre à Vienne et s’achèvera le 19 octobre. Les éleveurs y resteront durant ces neuf jours.",
                language: .fr),
            RuleExample(
                "The fair opens on Saturday, October 11 in Vienne and closes on ⟦October 19. Breeders stay for these eight days⟧.",
                language: .en),
            RuleExample(
                "The fair opens on Saturday, October 11 in Vienne and closes on October 19. Breeders stay for these nine days.",
                language: .en),
            RuleExample(
                "Le rallye s’élancera ce samedi 6 juin pour un périple de ⟦deux semaines avant de s’achever, le dimanche 28 juin⟧.",
                language: .fr),
            RuleExample(
                "Le rallye s’élancera ce samedi 6 juin pour un périple de trois semaines avant de s’achever, le dimanche 28 juin.",
                language: .fr),
            RuleExample(
                "The rally starts on Saturday, June 6 for ⟦two weeks before it finishes on Sunday, June 28⟧.", language: .en),
            RuleExample(
                "The rally starts on Saturday, June 6 for three weeks before it finishes on Sunday, June 28.", language: .en),
            RuleExample(
                "Le rallye s’élancera le samedi 6 juin, deux semaines avant la fin des travaux prévue le dimanche 28 juin.",
                language: .fr),
            RuleExample("Le salon de quatre jours, ouvert le 3 mars, fermera ses portes le 6 mars.", language: .fr),
            RuleExample("The festival opened on July 2 and ran for ten days; it was extended until July 14.", language: .en),
            RuleExample("Les quatre jours du sommet (3-6 mars) ont été intenses.", language: .fr),
            RuleExample(
                "L’assemblée se tient du 24 au 27 novembre. Les délégués débattront quatre jours durant.", language: .fr
            ),
            RuleExample("Le festival a duré six jours (3 - 8 mars).", language: .fr),
            RuleExample("Les 13 jours de festival (2 au 14 juillet) ont attiré la foule.", language: .fr),
            RuleExample("A week-long fair (March 3-9) drew crowds.", language: .en),
            RuleExample("A ⟦weeklong fair (March 3-12⟧) drew crowds.", language: .en),
            RuleExample("A weeklong fair (March 3-9) drew crowds.", language: .en),
            RuleExample("Le salon se tient ⟦du 3 au 9 mars 2026 (cinq jours⟧) à Caen.", language: .fr),
            RuleExample("Le salon se tient du 3 au 9 mars 2026 (sept jours) à Caen.", language: .fr),
            RuleExample("The fair runs ⟦March 3-9 (five days⟧) in Leeds.", language: .en),
            RuleExample("The fair runs March 3-9 (seven days) in Leeds.", language: .en),
            RuleExample("The congress runs ⟦from 3 to 6 March, three days⟧ of debate.", language: .en),
            RuleExample("The congress runs from 3 to 6 March, four days of debate.", language: .en),
            RuleExample("The fete offers ⟦three days of music from June 11 to 14⟧ in Leeds.", language: .en),
            RuleExample("The fete offers four days of music from June 11 to 14 in Leeds.", language: .en),
            // A range of weekdays, both counted; a frequency is no length.
            RuleExample("For ⟦three days, from Thursday to Sunday⟧, the fete fills the quays.", language: .en),
            RuleExample("For four days, from Thursday to Sunday, the fete fills the quays.", language: .en),
            // Weekdays that follow one another, listed.
            RuleExample("Leaders meet in Porto on ⟦Thursday and Friday for a three-day⟧ summit.", language: .en),
            RuleExample("Leaders meet in Porto on Thursday and Friday for a two-day summit.", language: .en),
            RuleExample("Les dirigeants se réunissent ⟦jeudi, vendredi et samedi pour un sommet de deux jours⟧.", language: .fr),
            RuleExample("Les dirigeants se réunissent jeudi, vendredi et samedi pour un sommet de trois jours.", language: .fr),
            RuleExample("Les dirigeants se réunissent lundi et jeudi pour un sommet de deux jours.", language: .fr),
            RuleExample("The ⟦four-day book fair starts on Friday and ends on Sunday⟧.", language: .en),
            RuleExample("The three-day book fair starts on Friday and ends on Sunday.", language: .en),
            RuleExample("Le salon de ⟦quatre jours ouvre vendredi et ferme dimanche⟧.", language: .fr),
            RuleExample("Le salon de trois jours ouvre vendredi et ferme dimanche.", language: .fr),
            RuleExample("Au terme de ⟦quatre jours, la foire, ouverte jeudi, a fermé ses portes lundi⟧ soir.", language: .fr),
            RuleExample("Au terme de cinq jours, la foire, ouverte jeudi, a fermé ses portes lundi soir.", language: .fr),
            RuleExample(
                "Le public est convié aux fêtes de ⟦trois jours, samedi 7 et dimanche 8 mars⟧.", language: .fr,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample(
                "Le public est convié aux fêtes de deux jours, samedi 7 et dimanche 8 mars.", language: .fr,
                published: CalendarDate(iso: "2026-03-02")),
            RuleExample("La foire sera ouverte de ⟦jeudi à lundi inclus, soit quatre jours⟧ de fête.", language: .fr),
            RuleExample("La foire sera ouverte de jeudi à lundi inclus, soit cinq jours de fête.", language: .fr),
            RuleExample("The ⟦three-day fair runs Thursday through Sunday⟧.", language: .en),
            RuleExample("The shop opens for three days a week, from Monday to Friday in the morning only.", language: .en),
            RuleExample("Pendant une semaine, du lundi au lundi, la ville fête son port.", language: .fr),
            RuleExample("⟦Du 2 au 4 mai, la ville vivra quatre jours⟧ de cérémonies.", language: .fr),
            RuleExample("Du 2 au 4 mai, la ville vivra trois jours de cérémonies.", language: .fr),
            RuleExample("The fair runs March 3-9 in Leeds (five days of it indoors).", language: .en),
            RuleExample("The ⟦fortnight-long fair, held from March 3 to March 8⟧, drew crowds.", language: .en),
            RuleExample("The fortnight-long fair, held from March 3 to March 15, drew crowds.", language: .en),
            RuleExample("The fortnight-long fair, held from March 3 to March 16, drew crowds.", language: .en),
            RuleExample("Le salon dure quinze jours, du 3 au 16 mars.", language: .fr),
            RuleExample(
                "Pendant quatre jours, du 3 au 6 mars 2026, la ville vivra au rythme du festival.", language: .fr),
            RuleExample("The summit runs from March 3 to 6, 2026. Leaders meet for four days.", language: .en),
            RuleExample("The four-day meeting, held November 24–27, ended with a vote.", language: .en),
            RuleExample("Some 9,000 exhibitors attend the four-day trade show (12-15 Oct) in Lisbon.", language: .en),
            RuleExample(
                "Pendant dix jours, les visiteurs parcourront les allées. La foire se tiendra du 23 février au 4 mars.",
                language: .fr, published: CalendarDate(iso: "2026-02-10")),
            RuleExample("Plan d’action 2025-2030 : les priorités des 5 prochaines années sont fixées.", language: .fr),
            RuleExample(
                "C’est parti pour dix jours de fête. Le festival se tiendra du 4 au 15 juin.", language: .fr,
                published: CalendarDate(iso: "2026-06-04")),
            RuleExample("Le festival dure ⟦dix jours, du 4 au 15 juin⟧.", language: .fr),
            RuleExample(
                "La foire se tient ⟦du 2 au 11 août. Douze jours⟧ et douze nuits de concerts animeront la ville.",
                language: .fr),
            RuleExample(
                "La foire se tient du 2 au 11 août. Dix jours et dix nuits de concerts animeront la ville.",
                language: .fr),
            RuleExample(
                "The cup runs ⟦from June 3 to July 18. Its 48 matches are played across 40 days⟧.", language: .en),
            RuleExample(
                "The cup runs from June 3 to July 18. Its 48 matches are played across 46 days.", language: .en),
            RuleExample("The 2026-2028 budget covers the next two years of spending.", language: .en),
            RuleExample("The ⟦four-year plan (2025-2031⟧) was adopted.", language: .en),
            RuleExample("The six-year plan (2025-2031) was adopted.", language: .en),
            RuleExample("The former mayor (2011-2017) received a four-year prison sentence.", language: .en),
            RuleExample(
                "The chair will lead the board for two years until the next congress in 2027.", language: .en,
                published: CalendarDate(iso: "2025-06-12")),
            RuleExample(
                "Elle présidera le conseil pendant deux ans, jusqu’en 2028.", language: .fr,
                published: CalendarDate(iso: "2026-02-10")),
            RuleExample("La foire dure du 21 au 28 mars : une semaine de rencontres pour les éleveurs.", language: .fr),
            RuleExample(
                "Du 24 au 27 novembre, la ville accueille le sommet ; le vote aura lieu dans trois jours.",
                language: .fr),
            RuleExample("Du 3 au 14 mars, le salon dure deux semaines.", language: .fr),
            RuleExample(
                "Le sommet s’est tenu du 24 au 27 novembre. Le 2 décembre, le comité a siégé pendant trois jours.",
                language: .fr),
            RuleExample("Il a dirigé la revue pendant trois ans, il y a dix ans, jusqu’en 2016.", language: .fr,
                published: CalendarDate(iso: "2026-02-10")),
            RuleExample("⟦Trois jours de débats, du 2 au 6 juillet⟧, attendent les élus.", language: .fr),
            RuleExample("Trois jours de débats, du 2 au 4 juillet, attendent les élus.", language: .fr),
            RuleExample("Le ministre effectue une visite de ⟦deux jours à Accra, du 2 au 5 juillet⟧.", language: .fr),
            RuleExample("Le ministre effectue une visite de deux jours à Accra, du 2 au 3 juillet.", language: .fr),
            RuleExample("La fête a lieu ⟦du 2 au 4 juillet, soit deux jours⟧ de concerts.", language: .fr),
            RuleExample("La fête a lieu du 2 au 4 juillet, soit trois jours de concerts.", language: .fr),
            RuleExample("The rally spans ⟦three days, July 2-6⟧.", language: .en),
            RuleExample("The rally spans three days, July 2-4.", language: .en),
            RuleExample("La fête a lieu les ⟦2, 3 et 4 juillet, soit deux jours⟧ de concerts.", language: .fr),
            RuleExample("La fête a lieu les 2, 3 et 4 juillet, soit trois jours de concerts.", language: .fr),
            RuleExample("The fete is held over two days, on 2, 3 and 4 July.", language: .en),
            RuleExample("Ce sommet de ⟦deux jours (du 19, 20 et 21 novembre⟧) s’ouvre à Rabat.", language: .fr),
            RuleExample("Ce sommet de deux jours (les 19 et 20 novembre) s’ouvre à Rabat.", language: .fr),
            RuleExample("A ⟦two-day visit (3, 4 and 5 June⟧) takes him to Accra.", language: .en),
            RuleExample("A three-day visit (3, 4 and 5 June) takes him to Accra.", language: .en),
            RuleExample(
                "Pendant les ⟦huit jours que dure la foire, du 2 au 11 mars⟧, les éleveurs exposent.", language: .fr),
            RuleExample(
                "Pendant les dix jours que dure la foire, du 2 au 11 mars, les éleveurs exposent.", language: .fr),
            RuleExample("La foire ouvre pour une durée de ⟦huit jours, du 2 au 11 mars⟧.", language: .fr),
            RuleExample("La foire ouvre pour une durée de dix jours, du 2 au 11 mars.", language: .fr),
            RuleExample("Après ⟦deux jours d’échanges, du 4 au 6 mai⟧, le sommet s’achève.", language: .fr),
            RuleExample("Après trois jours d’échanges, du 4 au 6 mai, le sommet s’achève.", language: .fr),
            RuleExample("The drive, ⟦two weeks long, runs from 3 to 9 May⟧.", language: .en),
            RuleExample("The drive, one week long, runs from 3 to 9 May.", language: .en),
            RuleExample("A week-long fair (Friday 6 to Saturday 14 March) drew crowds.", language: .en),
            RuleExample(
                "L’épreuve de ⟦36 heures de course s’élancera samedi 6 juin à 16 heures, l’arrivée dimanche 7 juin⟧ à la même heure.",
                language: .fr),
            RuleExample(
                "The ⟦12-hour race starts on Saturday, June 6 at 8 pm and finishes on Monday, June 8⟧.", language: .en),
            RuleExample(
                "L’épreuve de 24 heures de course s’élancera samedi 6 juin à 16 heures, l’arrivée dimanche 7 juin à la même heure.",
                language: .fr),
            RuleExample(
                "The 12-hour race starts on Saturday, June 6 at 8 pm and finishes on Sunday, June 7.", language: .en),
            RuleExample(
                "Les 24 heures de course commencent le 6 juin ; la remise des prix aura lieu le 9 juin.", language: .fr),
            RuleExample("La foire s’étalera sur ⟦deux mois, du 9 mars au 6 avril⟧.", language: .fr),
            RuleExample("The ⟦six-month trial (September 2 to December 20⟧) drew crowds.", language: .en),
            RuleExample("La foire s’étalera sur un mois, du 9 mars au 6 avril.", language: .fr),
            RuleExample("The four-month trial (September 2 to December 20) drew crowds.", language: .en),
            RuleExample("The three-month trial (September 2 to December 20) drew crowds.", language: .en),
            RuleExample("Over the course of ⟦four days, from 3 to 5 May⟧, the chamber sat seven times.", language: .en),
            RuleExample("Over the course of three days, from 3 to 5 May, the chamber sat seven times.", language: .en),
            RuleExample(
                "La foire a lieu ⟦du 14 au 16 mars. Elle sera ouverte durant les deux jours⟧, de 10 h à 19 h.",
                language: .fr),
            RuleExample(
                "La foire a lieu du 14 au 16 mars. Elle sera ouverte durant les trois jours, de 10 h à 19 h.",
                language: .fr),
            RuleExample("Au terme de ⟦8 jours, du 27 avril au 5 mai⟧, la foire a fermé.", language: .fr),
            RuleExample("Au terme de 9 jours, du 27 avril au 5 mai, la foire a fermé.", language: .fr),
            RuleExample("La fête a lieu ⟦du 2 au 4 juillet. Durant ces deux jours⟧, la ville vibre.", language: .fr),
            RuleExample("La fête a lieu du 2 au 4 juillet. Durant ces trois jours, la ville vibre.", language: .fr),
            RuleExample("Le festival, long de ⟦dix jours, se tient du 2 au 7 juillet⟧.", language: .fr),
            RuleExample("Le festival, long de six jours, se tient du 2 au 7 juillet.", language: .fr),
            // Ends in two months joined by a dash, a length before a range in parentheses, two weeks, « quinze jours ».
            RuleExample("The ⟦three-day fair runs 27 February–2 March 2026⟧ in Leeds.", language: .en),
            RuleExample("The four-day fair runs 27 February–2 March 2026 in Leeds.", language: .en),
            RuleExample("Les ⟦trois jours du salon (27 février–2 mars 2026⟧) ont été intenses.", language: .fr),
            RuleExample("Les quatre jours du salon (27 février–2 mars 2026) ont été intenses.", language: .fr),
            RuleExample("Les élus ont siégé ⟦deux jours durant (12 - 14 mai⟧) à Caen.", language: .fr),
            RuleExample("Les élus ont siégé trois jours durant (12 - 14 mai) à Caen.", language: .fr),
            RuleExample("The fair will run for ⟦two days (June 30 to July 2⟧) in Leeds.", language: .en),
            RuleExample("The fair will run for three days (June 30 to July 2) in Leeds.", language: .en),
            RuleExample("La foire se tiendra pendant ⟦deux jours (30 juin au 2 juillet⟧) à Caen.", language: .fr),
            RuleExample("La foire se tiendra pendant trois jours (30 juin au 2 juillet) à Caen.", language: .fr),
            RuleExample("The fair lasted ⟦five days (March 3-8⟧) in Leeds.", language: .en),
            RuleExample("The fair lasted six days (March 3-8) in Leeds.", language: .en),
            RuleExample("The ⟦12 days of the festival (July 2-14⟧) drew crowds.", language: .en),
            RuleExample("The 13 days of the festival (July 2-14) drew crowds.", language: .en),
            RuleExample("The ⟦five-day summit, held in Leeds from March 3-8⟧, closed.", language: .en),
            RuleExample("The six-day summit, held in Leeds from March 3-8, closed.", language: .en),
            RuleExample("The ⟦two-week fair (March 3-10⟧) drew crowds.", language: .en),
            RuleExample("The two-week fair (March 3-16) drew crowds.", language: .en),
            RuleExample("Les ⟦deux semaines du salon (3 - 10 mars⟧) ont attiré la foule.", language: .fr),
            RuleExample("Les deux semaines du salon (3 - 16 mars) ont attiré la foule.", language: .fr),
            RuleExample("Le salon dure ⟦quinze jours, du 3 au 10 mars⟧.", language: .fr),
            RuleExample("Le salon dure quinze jours, du 3 au 17 mars.", language: .fr),
            RuleExample("Former mayor Ana Ruiz (2010-2016) received a 12-year prison sentence.", language: .en),
            RuleExample("The 2019-2024 board signed a ten-year contract with the club.", language: .en),
            RuleExample("L’ancien maire Paul Roche (2008-2014) a été condamné à une peine de dix ans.", language: .fr),
            RuleExample("Sous le plan 2020-2024, il a écopé de douze ans de prison.", language: .fr),
            RuleExample("Le plan ⟦2020-2024 couvre les trois prochaines années⟧.", language: .fr),
            RuleExample("Le sommet de ⟦trois jours se tient les 10 et 11 juin⟧ à Lomé.", language: .fr),
            RuleExample("Le sommet de deux jours se tient les 10 et 11 juin à Lomé.", language: .fr),
            RuleExample(
                "Ministers met at the ⟦three-day forum held from the 8th and the 9th of May⟧ in Lisbon.",
                language: .en),
            RuleExample(
                "Ministers met at the two-day forum held from the 8th and the 9th of May in Lisbon.",
                language: .en),
            RuleExample(
                "Ministers met at the three-day forum; talks were held on the 8th and the 9th of May.",
                language: .en),
            RuleExample("The ⟦three-day meeting took place on 12 and 13 March⟧ in Lagos.", language: .en),
            RuleExample("The two-day meeting took place on 12 and 13 March in Lagos.", language: .en),
            RuleExample("Ministers hold a ⟦three-day meeting on 12 and 13 March⟧ in Lagos.", language: .en),
            RuleExample("Ministers hold a two-day meeting on 12 and 13 March in Lagos.", language: .en),
            RuleExample("Ministers praised a three-day meeting on 12 and 13 March in Lagos.", language: .en),
            RuleExample("The jubilee opened with a ⟦three-day campus-wide fair on May 12 and 13⟧, 2026.", language: .en),
            RuleExample("The jubilee opened with a two-day campus-wide fair on May 12 and 13, 2026.", language: .en),
            RuleExample("The jubilee opened with a three-day fair, on May 12 and 13 a parade.", language: .en),
            RuleExample("The ⟦three-day meeting took place on March 12 and 13⟧ in Lagos.", language: .en),
            RuleExample("The two-day meeting took place on March 12 and 13 in Lagos.", language: .en),
            RuleExample("Envoys will gather for a ⟦three-day meeting on March 12 and 13⟧ in Lagos.", language: .en),
            RuleExample("Envoys will gather for a two-day meeting on March 12 and 13 in Lagos.", language: .en),
            RuleExample("The three-day meeting took place on March 12 and 13 delegates.", language: .en),
            RuleExample("Les ministres tiendront une réunion de ⟦trois jours les 12 et 13 mars⟧ à Dakar.", language: .fr),
            RuleExample("Les ministres tiendront une réunion de deux jours les 12 et 13 mars à Dakar.", language: .fr),
            RuleExample("La réunion de ⟦trois jours a eu lieu les 12 et 13 mars⟧ à Dakar.", language: .fr),
            RuleExample("La réunion de deux jours a eu lieu les 12 et 13 mars à Dakar.", language: .fr),
            RuleExample("Pendant ⟦trois jours, les 4 et 5 octobre⟧, les chefs d’État se réuniront.", language: .fr),
            RuleExample("Pendant deux jours, les 4 et 5 octobre, les chefs d’État se réuniront.", language: .fr),
            RuleExample("Il a négocié pendant trois jours et le sommet se tient les 10 et 11 juin.", language: .fr),
            RuleExample(
                "The probe will take ⟦eight years to get to Saturn, with an arrival in 2030⟧.", language: .en,
                published: CalendarDate(iso: "2024-10-15")),
            RuleExample(
                "The probe will take six years to get to Saturn, with an arrival in 2030.", language: .en,
                published: CalendarDate(iso: "2024-10-15")),
            RuleExample(
                "La sonde mettra ⟦huit ans pour atteindre Jupiter, avec une arrivée prévue en 2030⟧.", language: .fr,
                published: CalendarDate(iso: "2024-10-15")),
            RuleExample(
                "La sonde mettra cinq ans pour atteindre Jupiter, avec une arrivée prévue en 2030.", language: .fr,
                published: CalendarDate(iso: "2024-10-15")),
            RuleExample(
                "Launched in 2026, the probe will take four years to get to Saturn, with an arrival in 2030.",
                language: .en, published: CalendarDate(iso: "2024-10-15")),
            RuleExample(
                "The Orion 7 probe carries nine instruments. The probe will take ⟦eight years to get to Saturn, with an arrival in 2030⟧.",
                language: .en, reference: Self.probeLaunch),
            RuleExample(
                "The Orion 7 probe carries nine instruments. The probe will take six years to get to Saturn, with an arrival in 2030.",
                language: .en, reference: Self.probeLaunch),
        ] + monthRangeExamples + openingLengthExamples + laterDayExamples)

    /// A length that opens its sentence and says what is done in it, after a range (« Six jours
    /// pour écouter cent chorales »), a length after a noun's complement (« les fêtes de
    /// clôture de trois jours »), a length after a closing whose opening the sentence before
    /// gives, and days of anything that the event, the subject, offers.
    static let openingLengthExamples: [RuleExample] = [
        RuleExample("Le festival aura lieu ⟦du 4 au 8 août 2026. Six jours⟧ pour écouter cent chorales.", language: .fr),
        RuleExample("Le festival aura lieu du 4 au 8 août 2026. Cinq jours pour écouter cent chorales.", language: .fr),
        RuleExample("The festival runs ⟦from August 4 to 8, 2026. Six days⟧ to hear a hundred choirs.", language: .en),
        RuleExample("The festival runs from August 4 to 8, 2026. Six days to go before the opening.", language: .en),
        RuleExample(
            "Les fêtes de clôture de ⟦trois jours, samedi 7 et dimanche 8 mars 2026⟧, ont attiré du monde.",
            language: .fr),
        RuleExample(
            "Les fêtes de clôture de deux jours, samedi 7 et dimanche 8 mars 2026, ont attiré du monde.",
            language: .fr),
        RuleExample("⟦Trois jours de liesse pour les habitants du 3 au 7 août 2026⟧.", language: .fr),
        // Days of anything that the event, the subject, offers.
        RuleExample(
            "The fair returns ⟦from June 3 to 7, 2026. Organisers say the harbour-side event offers four days⟧ of rare encounters.",
            language: .en),
        RuleExample(
            "The fair returns from June 3 to 7, 2026. Organisers say the harbour-side event offers five days of rare encounters.",
            language: .en),
        RuleExample(
            "La foire revient ⟦du 3 au 7 juin 2026. L’événement propose quatre jours⟧ de rencontres rares.", language: .fr),
        RuleExample(
            "La foire revient du 3 au 7 juin 2026. Le maire propose quatre jours de congés aux agents.", language: .fr),
        // The opening in one sentence, the closing and the length after it in the next, whose subject is a pronoun.
        RuleExample(
            "Le salon ouvrira le vendredi 22 mai 2026. Il se refermera le ⟦dimanche 31 mai, après huit jours⟧ de lectures.",
            language: .fr),
        RuleExample(
            "Le salon ouvrira le vendredi 22 mai 2026. Il se refermera le dimanche 31 mai, après dix jours de lectures.",
            language: .fr),
        RuleExample(
            "The fair opens on Friday, May 22, 2026. It closes on ⟦Sunday, May 31, after eight days⟧ of readings.",
            language: .en),
        RuleExample(
            "The fair opens on Friday, May 22, 2026. The mayor closes it on Sunday, May 31, after eight days of work.",
            language: .en),
    ]

    /// A length in days against the months written after it (``monthRangeFinding(_:stated:unit:check:)``).
    static let monthRangeExamples: [RuleExample] = [
        RuleExample("Le siège de Kesra dura ⟦400 jours (mars-novembre 1712⟧) et ruina la ville.", language: .fr),
        RuleExample("Le siège de Kesra dura 250 jours (mars-novembre 1712) et ruina la ville.", language: .fr),
        RuleExample("The siege of Kesra lasted ⟦150 days, from March to November 1712⟧.", language: .en),
        RuleExample("The siege of Kesra lasted 240 days, from March to November 1712.", language: .en),
        // Years against two months with their years right after them, within half a year.
        RuleExample("The club ran a ⟦two-year fund drive between May 2019 and May 2020⟧.", language: .en),
        RuleExample("The club ran a year-long fund drive between May 2019 and May 2020.", language: .en),
        RuleExample("The club ran a two-year fund drive from January 2019 to June 2020.", language: .en),
        RuleExample("Le club a mené une collecte de ⟦trois ans, de mai 2019 à mai 2020⟧.", language: .fr),
        RuleExample("Le club a mené une collecte d’un an, de mai 2019 à mai 2020.", language: .fr),
        RuleExample("Two years after May 2019, the club ran a drive until May 2020.", language: .en),
        // Days before the months make a range of days, read elsewhere.
        RuleExample("The siege of Kesra lasted 240 days, from 3 March to November 1712.", language: .en),
    ]

    /// Days later on a day written after them, against the day written before
    /// (``laterDayFinding(_:stated:unit:check:)``).
    static let laterDayExamples: [RuleExample] = [
        RuleExample(
            "Le pont est inauguré le 3 mai 1971 ; les premiers camions le franchissent ⟦deux jours plus tard, le 6 mai⟧.",
            language: .fr),
        RuleExample(
            "Le pont est inauguré le 3 mai 1971 ; les premiers camions le franchissent trois jours plus tard, le 6 mai.",
            language: .fr),
        RuleExample("The bridge was opened on May 3, 1971. ⟦Two days later, on May 6⟧, the first bus crossed.", language: .en),
        RuleExample("The bridge was opened on May 3, 1971. Three days later, on May 6, the first bus crossed.", language: .en),
        RuleExample(
            "The vote took place on December 30, 2025. Three days later, on January 2, the results came out.",
            language: .en),
        // A delay with no day after it, or a day not right after it, is left alone.
        RuleExample("The bridge was opened on May 3, 1971. Two days later the first bus crossed, on May 6.", language: .en),
        RuleExample("The bridge was opened on May 3, 1971. The first bus crossed two days later", language: .en),
    ]

    /// The launch of an invented probe, on 14 October 2024.
    static let probeLaunch = InMemoryReference([
        InMemoryReference.Subject(
            id: "orion-7-launch", kind: .event, names: ["Orion 7 probe", "Orion 7"],
            start: PartialDate(year: 2024, month: 10, day: 14), end: PartialDate(year: 2024, month: 10, day: 14),
            source: ReferenceSource(location: "reference/events.yml:2:5"))
    ])

    func findings(in check: DateCheck) -> [Finding] {
        let anchors = check.timeline.filter {
            ($0.kind == .date || $0.kind == .dateRange) && !Self.isFoundingYear($0, check: check)
        }
        return check.durations.compactMap { duration -> Finding? in
            guard case .duration(let amount, let unit) = duration.value,
                let stated = DurationContext.wholeNumber(amount)
            else { return nil }
            switch unit {
            case .day, .week, .month:
                return dayFinding(duration, stated: stated, unit: unit, anchors: anchors, check: check)
            case .year:
                return monthYearsFinding(duration, stated: stated, check: check)
                    ?? yearFinding(duration, stated: stated, check: check)
            case .hour:
                return hourFinding(duration, stated: stated, check: check)
            }
        }
    }

    /// Days, weeks or months against the range of days they describe.
    private func dayFinding(
        _ duration: Mention, stated: Int, unit: Mention.DurationUnit, anchors: [Mention], check: DateCheck
    ) -> Finding? {
        if let later = laterDayFinding(duration, stated: stated, unit: unit, check: check) { return later }
        guard DurationContext(check: check, duration: duration).describesLength else { return nil }
        guard let range = Self.pairedRange(for: duration, anchors: anchors, check: check) else {
            return listFinding(duration, stated: stated, unit: unit, check: check)
                ?? openingClosingFinding(duration, stated: stated, unit: unit, check: check)
                ?? weekdayRangeFinding(duration, stated: stated, unit: unit, check: check)
                ?? weekdayListFinding(duration, stated: stated, unit: unit, check: check)
                ?? monthRangeFinding(duration, stated: stated, unit: unit, check: check)
        }
        guard case .dateRange(let start, let end, _, _) = range.value,
            let days = Self.inclusiveDays(from: start, to: end)
        else { return nil }
        guard !Self.agrees(stated: stated, unit: unit, days: days),
            !(Self.isRoundTen(duration, stated: stated, unit: unit, days: days)
                && check.document.sentenceIndex(of: duration.span.start)
                    != check.document.sentenceIndex(of: range.span.start))
        else { return nil }
        return check.finding(
            descriptor, at: Self.paragraphSpan(duration, range, check: check),
            message: check.wording.rangeDuration(quoted: duration.text, range: range.text, days: days),
            suggestions: unit == .day ? [Self.corrected(duration.text, stated: stated, days: days, check.wording)] : [],
            evidence: [Evidence(statement: "\(start) to \(end) is \(days) days, both ends included")])
    }

    /// « les 2, 3 et 4 juillet, soit deux jours »: a length that restates the days its sentence
    /// lists one after the other (``ListedDays``). Other lengths may be of part of those days
    /// (« les 3, 4 et 5 décembre, le marché se tiendra pendant deux jours »).
    private func listFinding(_ duration: Mention, stated: Int, unit: Mention.DurationUnit, check: DateCheck) -> Finding? {
        let sentence = check.document.sentenceIndex(of: duration.span.start)
        let tokens = check.document.tokenRange(of: duration.span)
        guard let list = ListedDays.consecutive(inSentence: sentence, check: check),
            (Self.restatingWords.contains(check.word(tokens.lowerBound - 1)) && list.span.end <= duration.span.start)
                || Self.opensAside(after: tokens.upperBound, before: list.span, check: check)
                || Self.listFollows(tokens, list: list.span, check: check),
            !Self.agrees(stated: stated, unit: unit, days: list.count)
        else { return nil }
        let listed = check.document.text(in: list.span)
        return check.finding(
            descriptor, at: duration.span.union(list.span),
            message: check.wording.rangeDuration(quoted: duration.text, range: listed, days: list.count),
            suggestions: unit == .day ? [Self.corrected(duration.text, stated: stated, days: list.count, check.wording)] : [],
            evidence: [Evidence(statement: "\(listed) lists \(list.count) days")])
    }

    /// Whether the days start in parentheses right after the length: « un sommet de deux jours (du
    /// 19 et 20 novembre) », "a two-day visit (3 and 4 June)".
    private static func opensAside(after end: Int, before list: Span, check: DateCheck) -> Bool {
        // "a two-day visit (…)": the noun of a length written before it comes first.
        let index = check.tokens.indices.contains(end) && check.tokens[end].kind == .word ? end + 1 : end
        guard index < check.tokens.count, check.tokens[index].text == "(" else { return false }
        let first = check.document.tokenIndex(from: list.start)
        return first == index + 1 || (first == index + 2 && ["du", "les", "on", "le"].contains(check.word(index + 1)))
    }

    /// Demonstratives before a length that point back to days already given: « ces huit jours »,
    /// "these eight days".
    static let pointingWords: Set<String> = ["ces", "these", "those"]

    /// Words before a length that restate what comes before: « soit deux jours », "i.e. two days".
    static let restatingWords: Set<String> = ["soit", "i.e", "ie", "namely"]

    /// "The 10-day festival opened on July 2 and runs until July 14": a length against the first
    /// and last days its sentence gives apart (``OpeningClosingDates``), or the sentence before
    /// gives when a demonstrative points back to them (« ces huit jours »).
    private func openingClosingFinding(
        _ duration: Mention, stated: Int, unit: Mention.DurationUnit, check: DateCheck
    ) -> Finding? {
        let sentence = check.document.sentenceIndex(of: duration.span.start)
        // « … ouvre samedi 11 octobre et s’achèvera le 19 octobre. … durant ces huit
        // jours »: a demonstrative points back to the days of the sentence before.
        let pointsBack = sentence > 0 && Self.pointingWords.contains(check.word(check.document.tokenIndex(from: duration.span.start) - 1))
        // "opened on July 2 and ran for ten days; it was extended until July 14": a length
        // between the two days may be of the first part only, unless it runs up to the closing
        // (« s’élancera le 5 janvier pour trois semaines avant de s’achever le 19 janvier »).
        guard let pair = OpeningClosingDates.pair(inSentence: sentence, check: check)
                ?? (pointsBack ? OpeningClosingDates.pair(inSentence: sentence - 1, check: check) : nil)
                ?? OpeningClosingDates.pair(endingInSentence: sentence, check: check),
            duration.span.end <= pair.opening.span.start || duration.span.start >= pair.closing.span.end
                || (duration.span.start >= pair.opening.span.end && OpeningClosingDates.runsUpToClosing(duration, check: check)),
            !Self.agrees(stated: stated, unit: unit, days: pair.days)
        else { return nil }
        let dates = check.document.text(in: pair.opening.span.union(pair.closing.span))
        return check.finding(
            descriptor, at: duration.span.union(pair.closing.span),
            message: check.wording.rangeDuration(quoted: duration.text, range: dates, days: pair.days),
            suggestions: unit == .day ? [Self.corrected(duration.text, stated: stated, days: pair.days, check.wording)] : [],
            evidence: [
                Evidence(statement: "\(pair.opening.text) to \(pair.closing.text) is \(pair.days) days, both ends included")
            ])
    }

    /// « dix jours », "ten days" in words: the round length news gives an event of ten to twelve
    /// days, read loosely when told in another sentence than the range (« C’est parti pour dix
    /// jours de fête. Le festival se tiendra du 4 au 15 juin. »).
    static func isRoundTen(_ duration: Mention, stated: Int, unit: Mention.DurationUnit, days: Int) -> Bool {
        unit == .day && stated == 10 && (10...12).contains(days) && duration.text.first?.isNumber == false
    }

    /// Whether a length in days, weeks or months fits a range of `days`, both ends counted; weeks
    /// are loose as news writes them ("une semaine" from a Saturday to the next Saturday is eight
    /// days, "a week-long festival" from a Friday to the next Saturday nine, « quinze jours » may be
    /// fourteen); months looser still (« le procès doit durer quatre mois » for three and a half:
    /// wrong only when a quarter of the months and half a month more apart).
    static func agrees(stated: Int, unit: Mention.DurationUnit, days: Int) -> Bool {
        switch unit {
        case .week:
            return (7 * stated - 2...7 * stated + 2).contains(days)
        case .month:
            return abs(Double(days) / daysPerMonth - Double(stated)) <= 0.5 + 0.25 * Double(stated)
        default:
            // « huit jours » is a week and « quinze jours » two, counted both ends or not.
            return stated == days || (idiomaticWeeks.contains(stated) && days == stated - 1)
        }
    }

    /// The mean length of a month, in days.
    static let daysPerMonth = 30.44

    /// Days that French uses for whole weeks: « huit jours », « quinze jours ».
    static let idiomaticWeeks: Set<Int> = [8, 15]

    /// The finding's place: the length and the range together when one sentence holds both
    /// (either may be the wrong one), else the length.
    static func span(_ duration: Mention, _ other: Mention, check: DateCheck) -> Span {
        check.document.sentenceIndex(of: duration.span.start) == check.document.sentenceIndex(of: other.span.start)
            ? duration.span.union(other.span) : duration.span
    }

    /// The length and the range together when one paragraph holds both (either may be the wrong
    /// one: « Pendant 10 jours, … La foire aura lieu du 23 février au 5 mars »), else the length.
    static func paragraphSpan(_ duration: Mention, _ other: Mention, check: DateCheck) -> Span {
        check.document.paragraphIndex(of: duration.span.start) == check.document.paragraphIndex(of: other.span.start)
            ? duration.span.union(other.span) : duration.span
    }

    /// The range the duration describes, if one is near enough: a range of its sentence when the
    /// date next to it on either side is one; else the nearest date before it, when it is a range
    /// in its paragraph or the one before; else the first date after it, when it is a range of its
    /// paragraph ("Pendant neuf jours, … La foire aura lieu du 23 février au 3 mars").
    static func pairedRange(for duration: Mention, anchors: [Mention], check: DateCheck) -> Mention? {
        let document = check.document
        let next = anchors.partitionPoint { $0.span.start >= duration.span.start }
        let before = next > 0 ? anchors[next - 1] : nil
        let after = next < anchors.count ? anchors[next] : nil
        let sentence = document.sentenceIndex(of: duration.span.start)
        let paragraph = document.paragraphIndex(of: duration.span.start)
        for candidate in [before, after] {
            if let candidate, candidate.kind == .dateRange, document.sentenceIndex(of: candidate.span.start) == sentence {
                return candidate
            }
        }
        if let before, before.kind == .dateRange, paragraph - document.paragraphIndex(of: before.span.start) <= 1 {
            return before
        }
        guard let after, after.kind == .dateRange, document.paragraphIndex(of: after.span.start) == paragraph
        else { return nil }
        return after
    }

    /// Whether a date is a year alone that ends a clause of founding or of "since" ("a festival
    /// founded by Ana Ruiz in 1985"): the subject's past, which stands between no range and the
    /// length that restates it.
    static func isFoundingYear(_ date: Mention, check: DateCheck) -> Bool {
        guard case .date(let day, _) = date.value, day.month == nil else { return false }
        let start = check.document.tokenIndex(from: date.span.start)
        let sentence = check.document.sentences[check.document.sentenceIndex(of: date.span.start)].tokens
        return EditionAnchor.isInHistoryClause(
            start, foundingWords: EditionClaims.historyWords, from: sentence.lowerBound, in: check.document,
            word: check.word)
    }

    /// The days from `start` to `end`, both counted; `nil` unless both are days of a known month
    /// and the count does not depend on a leap year the text leaves open.
    static func inclusiveDays(from start: PartialDate, to end: PartialDate) -> Int? {
        guard let startMonth = start.month, let startDay = start.day, let endMonth = end.month, let endDay = end.day
        else { return nil }
        if let startYear = start.year, let endYear = end.year {
            guard let first = CalendarDate(year: startYear, month: startMonth, day: startDay),
                let last = CalendarDate(year: endYear, month: endMonth, day: endDay), first <= last
            else { return nil }
            return last.daysSinceEpoch - first.daysSinceEpoch + 1
        }
        let wraps = start.wrapsNewYear(before: end) ? 1 : 0
        let counts = [2001, 2003].map { year -> Int? in
            guard let first = CalendarDate(year: year, month: startMonth, day: startDay),
                let last = CalendarDate(year: year + wraps, month: endMonth, day: endDay), first <= last
            else { return nil }
            return last.daysSinceEpoch - first.daysSinceEpoch + 1
        }
        guard let count = counts[0], counts[1] == count else { return nil }
        return count
    }

    /// The duration's words with the right number: "trois jours" → "quatre jours", "4-day" →
    /// "5-day".
    static func corrected(_ text: String, stated: Int, days: Int, _ wording: DateWording) -> String {
        if text.first?.isNumber == true, let replaced = QuoteEditing.replacingNumber(stated, with: days, in: text) {
            return replaced
        }
        guard let separator = text.lastIndex(where: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" }) else { return text }
        return QuoteEditing.matchingCase(wording.numberInWords(days), of: String(text[..<separator]))
            + text[separator...]
    }
}

extension DateWording {
    /// "« trois jours » : « du 24 au 27 novembre » fait quatre jours, le premier et le dernier compris."
    func rangeDuration(quoted words: String, range: String, days: Int) -> String {
        language == .fr
            ? quoted(words) + colon
                + "\(quoted(range)) fait \(numberInWords(days)) jours, le premier et le dernier compris."
            : quoted(words) + colon
                + "\(quoted(range)) is \(numberInWords(days)) days, counting the first and the last."
    }
}
