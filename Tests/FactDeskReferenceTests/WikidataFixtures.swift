/// Wikidata JSON in the exact formats of `Special:EntityData/Q….json` and of the dumps, cut
/// down to the fields that matter and a few that do not.
enum WikidataFixtures {
    static let interpolEntityData = #"""
        {"entities":{"Q7256":{"pageid":8010,"ns":0,"title":"Q7256","lastrevid":2100000000,"modified":"2025-10-01T08:00:00Z","type":"item","id":"Q7256",
        "labels":{"en":{"language":"en","value":"Interpol"},"fr":{"language":"fr","value":"Interpol"},"de":{"language":"de","value":"Interpol"}},
        "descriptions":{"en":{"language":"en","value":"international police organization"}},
        "aliases":{"en":[{"language":"en","value":"International Criminal Police Organization"},{"language":"en","value":"ICPO"}],
                   "fr":[{"language":"fr","value":"Organisation internationale de police criminelle"},{"language":"fr","value":"OIPC"}]},
        "claims":{
          "P31":[{"mainsnak":{"snaktype":"value","property":"P31","hash":"a1","datavalue":{"value":{"entity-type":"item","numeric-id":484652,"id":"Q484652"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","id":"Q7256$1","rank":"normal"}],
          "P571":[{"mainsnak":{"snaktype":"value","property":"P571","hash":"b1","datavalue":{"value":{"time":"+1923-09-07T00:00:00Z","timezone":0,"before":0,"after":0,"precision":11,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"},"type":"statement","id":"Q7256$2","rank":"normal"}],
          "P2124":[
            {"mainsnak":{"snaktype":"value","property":"P2124","hash":"c1","datavalue":{"value":{"amount":"+194","unit":"1"},"type":"quantity"},"datatype":"quantity"},"type":"statement",
             "qualifiers":{"P585":[{"snaktype":"value","property":"P585","hash":"q1","datavalue":{"value":{"time":"+2018-00-00T00:00:00Z","timezone":0,"before":0,"after":0,"precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"}]},
             "qualifiers-order":["P585"],"id":"Q7256$3","rank":"normal"},
            {"mainsnak":{"snaktype":"value","property":"P2124","hash":"c2","datavalue":{"value":{"amount":"+196","unit":"1"},"type":"quantity"},"datatype":"quantity"},"type":"statement",
             "qualifiers":{"P585":[{"snaktype":"value","property":"P585","hash":"q2","datavalue":{"value":{"time":"+2024-11-00T00:00:00Z","timezone":0,"before":0,"after":0,"precision":10,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"}]},
             "id":"Q7256$4","rank":"preferred"},
            {"mainsnak":{"snaktype":"value","property":"P2124","hash":"c3","datavalue":{"value":{"amount":"+190","unit":"1"},"type":"quantity"},"datatype":"quantity"},"type":"statement","id":"Q7256$5","rank":"deprecated"}],
          "P1128":[
            {"mainsnak":{"snaktype":"value","property":"P1128","hash":"d1","datavalue":{"value":{"amount":"+1050","unit":"1"},"type":"quantity"},"datatype":"quantity"},"type":"statement",
             "qualifiers":{"P580":[{"snaktype":"value","property":"P580","hash":"q3","datavalue":{"value":{"time":"+2021-00-00T00:00:00Z","timezone":0,"before":0,"after":0,"precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"}],
                           "P582":[{"snaktype":"value","property":"P582","hash":"q4","datavalue":{"value":{"time":"+2022-00-00T00:00:00Z","timezone":0,"before":0,"after":0,"precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"}]},
             "id":"Q7256$6","rank":"normal"},
            {"mainsnak":{"snaktype":"value","property":"P1128","hash":"d2","datavalue":{"value":{"amount":"+1100","unit":"1"},"type":"quantity"},"datatype":"quantity"},"type":"statement",
             "qualifiers":{"P580":[{"snaktype":"value","property":"P580","hash":"q5","datavalue":{"value":{"time":"+2023-00-00T00:00:00Z","timezone":0,"before":0,"after":0,"precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"}]},
             "id":"Q7256$7","rank":"normal"}],
          "P856":[{"mainsnak":{"snaktype":"value","property":"P856","hash":"e1","datavalue":{"value":"https://www.interpol.int/","type":"string"},"datatype":"url"},"type":"statement","id":"Q7256$8","rank":"normal"}]
        },
        "sitelinks":{"frwiki":{"site":"frwiki","title":"Organisation internationale de police criminelle","badges":[]}}}}}
        """#

    static let dump = #"""
        [
        {"type":"item","id":"Q90","labels":{"fr":{"language":"fr","value":"Paris"},"en":{"language":"en","value":"Paris"}},"descriptions":{},"aliases":{"fr":[{"language":"fr","value":"Ville Lumière"}]},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":515,"id":"Q515"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","id":"Q90$1","rank":"normal"}],"P1082":[{"mainsnak":{"snaktype":"value","property":"P1082","datavalue":{"value":{"amount":"+2165423","unit":"1"},"type":"quantity"},"datatype":"quantity"},"type":"statement","qualifiers":{"P585":[{"snaktype":"value","property":"P585","datavalue":{"value":{"time":"+2019-01-01T00:00:00Z","timezone":0,"before":0,"after":0,"precision":10,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"}]},"id":"Q90$2","rank":"normal"},{"mainsnak":{"snaktype":"value","property":"P1082","datavalue":{"value":{"amount":"+2145906","unit":"1"},"type":"quantity"},"datatype":"quantity"},"type":"statement","qualifiers":{"P585":[{"snaktype":"value","property":"P585","datavalue":{"value":{"time":"+2020-01-01T00:00:00Z","timezone":0,"before":0,"after":0,"precision":10,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"}]},"id":"Q90$3","rank":"preferred"}]},"sitelinks":{}},
        {"type":"item","id":"Q5928","labels":{"en":{"language":"en","value":"Jürgen Stock"},"fr":{"language":"fr","value":"Jürgen Stock"}},"descriptions":{},"aliases":{},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","id":"Q5928$1","rank":"normal"}]},"sitelinks":{}}
        ]
        """#
}
