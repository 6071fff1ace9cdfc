import Testing

@testable import FactDeskReference

/// Every validation error, with its exact line and column.
@Suite struct ValidationTests {
    @Test func unknownKeyIsReportedAtTheKey() {
        let yaml = """
            entities:
              - id: interpol
                kind: organization
                nmes: [INTERPOL]
            """
        #expect(
            problems(yaml) == [
                "2:5: entity is missing 'names'",
                "4:5: unknown key 'nmes' in entity (expected id, kind, names, facts, roles, start, end, place)",
            ])
    }

    @Test func wrongTypesAreReportedAtTheValue() {
        let yaml = """
            entities:
              - id: interpol
                kind: organisation
                names: INTERPOL
                facts:
                  - {property: founded, value: [1923]}
            """
        #expect(
            problems(yaml) == [
                "3:11: unknown kind 'organisation' (expected person, organization, place, event, other)",
                "4:12: 'names' must be a list, not 'INTERPOL'",
                "6:36: 'value' must be a number, a date or a text, not a list",
            ])
    }

    @Test func malformedDatesAndLanguages() {
        let yaml = """
            entities:
              - id: a
                kind: person
                names: [{name: A, lang: de}]
                roles:
                  - {title: {en: Chair}, of: a, from: 2025-02-30}
            """
        #expect(
            problems(yaml) == [
                "4:29: unknown language 'de' in 'lang' (expected fr or en)",
                "6:43: 'from' must be a date YYYY, YYYY-MM or YYYY-MM-DD that exists, not '2025-02-30'",
            ])
    }

    @Test func duplicateIDsNameTheFirstDefinition() {
        let yaml = """
            entities:
              - {id: interpol, kind: organization, names: [INTERPOL]}
              - {id: interpol, kind: organization, names: [Interpol]}
            series:
              - {id: interpol, names: [Assemblies]}
            """
        #expect(
            problems(yaml) == [
                "3:5: duplicate id 'interpol' (first defined at test.yml:2:5)",
                "5:5: duplicate id 'interpol' (first defined at test.yml:2:5)",
            ])
    }

    @Test func danglingReferences() {
        let yaml = """
            entities:
              - id: al-raisi
                kind: person
                names: [Al-Raisi]
                roles:
                  - {title: {en: President}, of: interpl}
              - {id: summit, kind: event, names: [Summit], place: marakech}
              - {id: org, kind: organization, names: [Org], facts: [{property: staff-count, value: 3}]}
            """
        #expect(
            problems(yaml) == [
                "6:9: role of 'al-raisi' refers to unknown entity 'interpl'",
                "7:5: place of 'summit' refers to unknown entity 'marakech'",
                "8:57: property 'staff-count' is not declared under 'properties' (well-known: employees, founded, member-countries, members, population)",
            ])
    }

    @Test func declaredPropertiesAreAccepted() {
        let yaml = """
            entities:
              - {id: org, kind: organization, names: [Org], facts: [{property: staff-count, value: 3}]}
            properties:
              - {id: staff-count, terms: {fr: [agents], en: staff}}
            """
        #expect(problems(yaml).isEmpty)
    }

    @Test func overlappingValidityPeriodsOfOneProperty() {
        let yaml = """
            entities:
              - id: interpol
                kind: organization
                names: [INTERPOL]
                facts:
                  - {property: member-countries, value: 195, from: 2021, to: 2024-11}
                  - {property: member-countries, value: 196, from: 2024-10}
                  - {property: members, value: 1, to: 2020}
                  - {property: members, value: 2, from: 2019-06}
            """
        #expect(
            problems(yaml) == [
                "7:9: 'member-countries' of 'interpol' is already given for an overlapping period (2021..2024-11 at test.yml:6:9; this one: 2024-10..)",
                "9:9: 'members' of 'interpol' is already given for an overlapping period (..2020 at test.yml:8:9; this one: 2019-06..)",
            ])
    }

    @Test func aHandOverAtTheSamePrecisionIsNotAnOverlap() {
        let yaml = """
            entities:
              - id: interpol
                kind: organization
                names: [INTERPOL]
                facts:
                  - {property: member-countries, value: 195, from: 2021, to: 2024-11}
                  - {property: member-countries, value: 196, from: 2024-11}
            """
        #expect(problems(yaml).isEmpty)
    }

    @Test func periodsThatEndBeforeTheyStart() {
        let yaml = """
            entities:
              - {id: a, kind: person, names: [A], roles: [{title: {en: Chair}, of: a, from: 2024, to: 2023}]}
            series:
              - {id: s, names: [S], editions: [{number: 1, start: 2025-11-27, end: 2025-11-24}]}
            """
        #expect(
            problems(yaml) == [
                "2:91: ends (2023) before it starts (2024)",
                "4:72: ends (2025-11-24) before it starts (2025-11-27)",
            ])
    }

    @Test func anEditionNumberedTwice() {
        let yaml = """
            series:
              - id: interpol-general-assembly
                names: [INTERPOL General Assembly]
                editions:
                  - {number: 92, start: 2024-11-04}
                  - {number: 92, start: 2025-11-24}
            """
        #expect(
            problems(yaml) == [
                "6:9: edition 92 of 'interpol-general-assembly' is numbered twice (first at test.yml:5:9)"
            ])
    }

    @Test func kindSpecificKeys() {
        let yaml = """
            entities:
              - {id: org, kind: organization, names: [Org], start: 2020, roles: []}
            """
        #expect(
            problems(yaml) == [
                "2:56: only an event has 'start', not an organization",
                "2:69: only a person has 'roles', not an organization",
            ])
    }

    @Test func malformedYAMLIsReportedWhereTheParserStopped() {
        let yaml = """
            entities:
              - id: a
                kind: person
               names: [A]
            """
        #expect(
            problems(yaml) == [
                "4:4: malformed YAML: did not find expected '-' indicator (while parsing a block collection at line 2, column 3)"
            ])
    }

    @Test func duplicateKeysInOneMapping() {
        #expect(
            problems("entities:\n  - {id: a, id: b, kind: person, names: [A]}\n") == [
                "2:6: duplicate key 'id' in one mapping"
            ])
    }

    @Test func tooManyEntitiesAndNames() {
        let limits = ReferenceLimits(maxFileBytes: 1 << 20, maxTotalBytes: 1 << 20, maxEntities: 1, maxNames: 2)
        let yaml = """
            entities:
              - {id: a, kind: person, names: [A]}
              - {id: b, kind: person, names: [B, Bee]}
            """
        #expect(
            problems(yaml, limits: limits) == [
                "3:5: too many entities and series: more than 1",
                "3:5: too many names: more than 2 spellings in all",
            ])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let yaml = """
            entities:
              - {id: a, kind: robot, names: [A]}
              - {id: b, kind: person, names: [B], roles: [{title: {en: X}, of: nobody}]}
            properties:
              - {id: p, terms: {fr: [x]}, extra: 1}
            """
        #expect(problems(yaml).count == 3)
    }
}
