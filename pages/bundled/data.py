"""Bundled German and English content of the KlimaPartnerschaft website.

Every translatable value is a dict {"de": ..., "en": ...}. Rich text values are HTML strings
(only <p>, <strong>, <em>, <ul>, <li>, <a href>). A stream value is {"de": [...], "en": [...]},
each item a tuple ("heading", text), ("paragraph", html) or ("quote", {...}).

The texts keep to the known facts of the project (see shared/content/FACTS.md). Where a fact
is not known (topics and dates of most conferences, the contact e-mail address), the texts
stay general or the field is left empty.
"""

from datetime import date

# ---------------------------------------------------------------------------------------------
# Site-wide
# ---------------------------------------------------------------------------------------------

SITE = {
    "funding_note": {
        "de": (
            "Unterstützt durch das Programm „Europa für Bürgerinnen und Bürger“ der Europäischen "
            "Union und gefördert vom Bundesministerium für Umwelt, Naturschutz und "
            "Reaktorsicherheit (BMU) aufgrund eines Beschlusses des Deutschen Bundestages."
        ),
        "en": (
            "Supported by the European Union's Europe for Citizens programme and funded by the "
            "German Federal Ministry for the Environment, Nature Conservation and Nuclear Safety "
            "(BMU) on the basis of a decision by the German Bundestag."
        ),
    },
    "project_name": {
        "de": "KlimaPartnerschaft – Städtepartner übernehmen Klimaverantwortung",
        "en": "Climate Partnership – twin towns take on climate responsibility",
    },
}

# Every bundled picture is a drawing made for this website (pages/bundled/artwork.py), none a
# record of an event; each says so under the picture.
IMAGE_CREDIT = {
    "de": "Illustration, für diese Website gezeichnet",
    "en": "Illustration made for this website",
}

# ---------------------------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------------------------

HOME = {
    "title": {"de": "KlimaPartnerschaft", "en": "Climate Partnership"},
    "seo_title": {
        "de": "KlimaPartnerschaft – Städtepartner übernehmen Klimaverantwortung",
        "en": "Climate Partnership – twin towns take on climate responsibility",
    },
    "search_description": {
        "de": (
            "Fünf Partnerstädte aus Deutschland, den Niederlanden, Portugal und Litauen lernen "
            "beim Klimaschutz voneinander – ein EU-Projekt 2012–2014."
        ),
        "en": (
            "Five partner towns in Germany, the Netherlands, Portugal and Lithuania learning from "
            "each other about local climate action – an EU project, 2012–2014."
        ),
    },
    "guiding_idea": {
        "de": "Gemeinsam für ein besseres Klima",
        "en": "Together for a better climate",
    },
    "intro": {
        "de": (
            "Bernburg (Saale), Borne, Leiria, Rheine und Trakai haben sich zusammengetan, um beim "
            "Klimaschutz voneinander zu lernen und gemeinsam nach Lösungen zu suchen."
        ),
        "en": (
            "Bernburg (Saale), Borne, Leiria, Rheine and Trakai joined forces to learn from one "
            "another about climate protection and to look for solutions together."
        ),
    },
    "welcome": {
        "de": (
            "<p>Willkommen bei der KlimaPartnerschaft! Klimaschutz betrifft uns alle – und er "
            "beginnt vor der eigenen Haustür. Deshalb haben fünf europäische Partnerstädte ihre "
            "Verbindung genutzt, um Wissen und Erfahrungen im lokalen Klimaschutz "
            "auszutauschen.</p>"
            "<p>Von Juli 2012 bis Juni 2014 richtete jede der Städte eine Konferenz zu ihrem "
            "Handlungsfeld aus, jeweils mit einer Exkursion zu guten Beispielen vor Ort. "
            "Koordiniert wurde das Projekt von der TAT Technik Arbeit Transfer gGmbH in Rheine.</p>"
            "<p>Angesprochen waren alle, denen das Klima am Herzen liegt: Bürgerinnen und Bürger, "
            "Vereine und Initiativen, Politik und Verwaltung. Alter und Vorerfahrung spielten "
            "keine Rolle.</p>"
        ),
        "en": (
            "<p>Welcome to the Climate Partnership! Climate protection concerns all of us, and it "
            "starts right on our doorstep. That is why five European partner towns used their ties "
            "to share knowledge and experience of local climate action.</p>"
            "<p>Between July 2012 and June 2014, each town hosted a conference on its own field of "
            "action, always with an excursion to good examples nearby. The project was coordinated "
            "by TAT Technik Arbeit Transfer gGmbH in Rheine.</p>"
            "<p>It was open to everyone who cares about the climate: citizens, associations and "
            "local initiatives, politicians and council staff. Neither age nor previous experience "
            "mattered.</p>"
        ),
    },
}

# ---------------------------------------------------------------------------------------------
# The project
# ---------------------------------------------------------------------------------------------

PROJECT = {
    "title": {"de": "Das Projekt", "en": "The project"},
    "slug": {"de": "projekt", "en": "project"},
    "search_description": {
        "de": (
            "Worum es in der KlimaPartnerschaft ging, was die fünf Partnerstädte gemacht haben, "
            "wer mitmachen konnte – mit Laufzeit, Förderung und Koordination."
        ),
        "en": (
            "What the Climate Partnership was about, what the five partner towns did and who could "
            "take part – with the project period, funding and coordination."
        ),
    },
    "intro": {
        "de": (
            "Fünf Partnerstädte, ein gemeinsames Anliegen: Die KlimaPartnerschaft brachte Bernburg "
            "(Saale), Borne, Leiria, Rheine und Trakai zusammen, um den Klimaschutz vor Ort "
            "gemeinsam voranzubringen."
        ),
        "en": (
            "Five partner towns, one shared concern: the Climate Partnership brought Bernburg "
            "(Saale), Borne, Leiria, Rheine and Trakai together to move local climate action "
            "forward as a team."
        ),
    },
    "body": {
        "de": [
            ("heading", "Worum geht es?"),
            (
                "paragraph",
                (
                    "<p>Dass Klimaschutz alle angeht, ist keine neue Einsicht. Damit er gelingt, "
                    "braucht es aber immer wieder frische Ideen, neue Wege und neue Formen der "
                    "Zusammenarbeit. Aus diesem Gedanken entstand die Initiative "
                    "KlimaPartnerschaft: Klimaverantwortung und Städtepartnerschaft in einem.</p>"
                    "<p>Bernburg (Saale), Borne, Leiria, Rheine und Trakai pflegen als "
                    "Partnerstädte einen regen Austausch auf vielen Gebieten. Mit Blick auf den "
                    "Klimawandel und die Ziele der EU verständigte sich das Städtenetzwerk darauf, "
                    "den Klimaschutz für die folgenden Jahre zu seinem gemeinsamen Thema zu "
                    "machen.</p>"
                    "<p>Schon damals hatten sich weit mehr als 4.000 Städte in Europa "
                    "verpflichtet, das Ziel der EU noch zu übertreffen, den CO₂-Ausstoß bis 2020 "
                    "um 20 % zu senken. Das gelingt nur mit Anstrengungen vor Ort, die alle "
                    "Bürgerinnen und Bürger einbeziehen und zugleich das gemeinsame Ziel einer "
                    "klimafreundlichen EU stützen. Städtepartnerschaften bieten dafür ideale "
                    "Voraussetzungen.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Voneinander lernen – miteinander Lösungen suchen – gemeinsame Wege gehen."
                    ),
                    "attribution": "So beschrieb das Projekt seine Arbeitsweise",
                    "language": "",
                },
            ),
            ("heading", "Was wurde gemacht?"),
            (
                "paragraph",
                (
                    "<p>Im Mittelpunkt stand der Austausch von Wissen und Erfahrungen zum "
                    "Klimaschutz vor Ort. Den Anfang machte im Oktober 2011 ein vorbereitender "
                    "Workshop in Rheine, bei dem das Netzwerk gegründet wurde.</p>"
                    "<p>Während der Projektlaufzeit von Juli 2012 bis Juni 2014 richtete jede "
                    "Partnerstadt eine Konferenz zu ihrem Schwerpunkt aus, ihrem Handlungsfeld. Zu "
                    "jeder Konferenz gehörte eine Exkursion zu guten Beispielen vor Ort.</p>"
                    "<p>Die Arbeit an gemeinsamen Projekten sollte künftig weiter verstärkt "
                    "werden. Ausdrücklich erwünscht war, dass sich Bürgerinnen und Bürger sowie "
                    "Nichtregierungsorganisationen beteiligen.</p>"
                ),
            ),
            ("heading", "Wer konnte mitmachen?"),
            (
                "paragraph",
                (
                    "<p>Das Projekt richtete sich an die Bürgerschaft und an "
                    "Nichtregierungsorganisationen, ebenso an Politikerinnen und Politiker und an "
                    "die Beschäftigten der Verwaltungen in den Partnerstädten.</p>"
                    "<p>Kurz gesagt: an alle, die etwas für den Klimaschutz tun möchten. Alter und "
                    "Vorerfahrung spielten dabei keine Rolle. Ideen, Vorschläge und ungewöhnliche "
                    "Denkansätze waren jederzeit willkommen.</p>"
                ),
            ),
        ],
        "en": [
            ("heading", "What is it about?"),
            (
                "paragraph",
                (
                    "<p>Climate protection is everyone's business – that is hardly news. But to "
                    "make it work, we keep needing fresh ideas, new approaches and new ways of "
                    "working together. This thought gave rise to the Climate Partnership "
                    "initiative, which brings climate responsibility and town twinning "
                    "together.</p>"
                    "<p>As partner towns, Bernburg (Saale), Borne, Leiria, Rheine and Trakai enjoy "
                    "a lively exchange in many areas. In view of climate change and the EU's "
                    "targets, the network of towns agreed to make climate protection its shared "
                    "theme for the years ahead.</p>"
                    "<p>Even then, well over 4,000 European towns and cities had pledged to go "
                    "beyond the EU's goal of cutting CO₂ emissions by 20 % by 2020. That can only "
                    "be achieved through local effort that involves every citizen while supporting "
                    "the common aim of a climate-friendly EU. Town twinning offers ideal "
                    "conditions for this.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Learning from each other – looking for solutions together – going forward "
                        "together."
                    ),
                    "attribution": "How the project described its way of working",
                    "language": "",
                },
            ),
            ("heading", "What was done?"),
            (
                "paragraph",
                (
                    "<p>At the heart of the project was the sharing of knowledge and experience "
                    "about local climate action. It all began in October 2011 with a preparatory "
                    "workshop in Rheine, where the network was founded.</p>"
                    "<p>During the project period, from July 2012 to June 2014, each partner "
                    "town hosted a conference on its own focus – its field of action. Every "
                    "conference included an excursion to good local examples.</p>"
                    "<p>Work on joint projects was to be stepped up in the future. The involvement "
                    "of citizens and non-governmental organisations was explicitly welcome.</p>"
                ),
            ),
            ("heading", "Who could take part?"),
            (
                "paragraph",
                (
                    "<p>The project was aimed at citizens and non-governmental organisations as "
                    "well as politicians and council staff in the partner towns.</p>"
                    "<p>In short: anyone who wanted to do something for the climate. Neither age "
                    "nor previous experience mattered, and ideas, suggestions and unconventional "
                    "thinking were welcome at any time.</p>"
                ),
            ),
        ],
    },
    "fields_of_action_intro": {
        "de": (
            "Die Handlungsfelder ergeben sich aus den Themen der Konferenzen; wir führen sie auf, "
            "soweit sie dokumentiert sind."
        ),
        "en": (
            "The fields of action follow from the topics of the conferences; they are listed here "
            "as far as they are documented."
        ),
    },
    "runtime_start": date(2012, 7, 1),
    "runtime_end": date(2014, 6, 30),
    "funding": {
        "de": (
            "<p>Das Projekt wurde unterstützt durch das Programm <strong>„Europa für Bürgerinnen "
            "und Bürger“</strong> der Europäischen Union und gefördert vom "
            "<strong>Bundesministerium für Umwelt, Naturschutz und Reaktorsicherheit "
            "(BMU)</strong> aufgrund eines Beschlusses des Deutschen Bundestages.</p>"
        ),
        "en": (
            "<p>The project was supported by the European Union's <strong>Europe for "
            "Citizens</strong> programme and funded by the German <strong>Federal Ministry for the "
            "Environment, Nature Conservation and Nuclear Safety (BMU)</strong> on the basis of a "
            "decision by the German Bundestag.</p>"
        ),
    },
    "coordinator_name": "TAT Technik Arbeit Transfer gGmbH",
    "coordinator_street": "Hovesaatstr. 6",
    "coordinator_postcode": "48432",
    "coordinator_city": "Rheine",
    "coordinator_country": {"de": "Deutschland", "en": "Germany"},
    "coordinator_phone": "+49 5971 990-101",
    "coordinator_email": "",
    "partners_note": {
        "de": (
            "Partner in Rheine waren die Stadt Rheine und der Rheiner Städtepartnerschaftsverein."
        ),
        "en": "The partners in Rheine were the city of Rheine and the Rheine twinning association.",
    },
}

# ---------------------------------------------------------------------------------------------
# Partner towns
# ---------------------------------------------------------------------------------------------

TOWNS_INDEX = {
    "title": {"de": "Partnerstädte", "en": "Partner towns"},
    "slug": {"de": "partnerstaedte", "en": "partner-towns"},
    "search_description": {
        "de": (
            "Bernburg (Saale), Borne, Leiria, Rheine und Trakai: die fünf Partnerstädte der "
            "KlimaPartnerschaft in Deutschland, den Niederlanden, Portugal und Litauen."
        ),
        "en": (
            "Bernburg (Saale), Borne, Leiria, Rheine and Trakai: the five partner towns of the "
            "Climate Partnership in Germany, the Netherlands, Portugal and Lithuania."
        ),
    },
    "intro": {
        "de": (
            "Fünf Städte in vier Ländern bilden die KlimaPartnerschaft. Hier stellen wir sie kurz "
            "vor und zeigen, welche Rolle sie im Projekt hatten."
        ),
        "en": (
            "Five towns in four countries make up the Climate Partnership. Here is a short "
            "introduction to each of them and the part they played in the project."
        ),
    },
}

TOWNS = [
    {
        "key": "bernburg",
        "title": {"de": "Bernburg (Saale)", "en": "Bernburg (Saale)"},
        "slug": {"de": "bernburg", "en": "bernburg"},
        "country": "DE",
        "latitude": 51.7940,
        "longitude": 11.7400,
        "website": "https://www.bernburg.de/",
        "search_description": {
            "de": (
                "Bernburg (Saale) in Sachsen-Anhalt – eine der fünf Partnerstädte der "
                "KlimaPartnerschaft und Gastgeberin einer der Projektkonferenzen."
            ),
            "en": (
                "Bernburg (Saale) in Saxony-Anhalt – one of the five partner towns of the Climate "
                "Partnership and host of one of the project conferences."
            ),
        },
        "intro": {
            "de": (
                "Bernburg (Saale) liegt an der Saale in Sachsen-Anhalt und richtete im "
                "Projektzeitraum eine der Konferenzen der KlimaPartnerschaft aus."
            ),
            "en": (
                "Bernburg (Saale), on the river Saale in Saxony-Anhalt, hosted one of the Climate "
                "Partnership's conferences during the project."
            ),
        },
        "climate_focus": {"de": "", "en": ""},
        "portrait": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Bernburg (Saale) liegt an der Saale in Sachsen-Anhalt. Hoch über dem "
                        "Fluss erhebt sich das Schloss, eines der Wahrzeichen der Stadt.</p>"
                        "<p>In der KlimaPartnerschaft war Bernburg (Saale) eine der fünf "
                        "Partnerstädte. Im Projektzeitraum zwischen Juli 2012 und Juni 2014 "
                        "richtete die Stadt eine der Fachkonferenzen aus.</p>"
                        "<p>Auch bei den anderen Partnern war Bernburg vertreten: Zur Konferenz in "
                        "Borne im Oktober 2013 reiste eine Delegation aus der Stadt an.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Bernburg (Saale) lies on the river Saale in the German state of "
                        "Saxony-Anhalt. Its castle, one of the town's landmarks, stands high above "
                        "the river.</p>"
                        "<p>Bernburg (Saale) was one of the five partner towns of the Climate "
                        "Partnership and hosted one of the conferences during the project period, "
                        "between July 2012 and June 2014.</p>"
                        "<p>The town also joined in elsewhere: a delegation from Bernburg "
                        "travelled to the conference in Borne in October 2013.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "borne",
        "title": {"de": "Borne", "en": "Borne"},
        "slug": {"de": "borne", "en": "borne"},
        "country": "NL",
        "latitude": 52.2990,
        "longitude": 6.7530,
        "website": "https://www.borne.nl/",
        "search_description": {
            "de": (
                "Borne in Twente (Niederlande) – Partnerstadt der KlimaPartnerschaft und "
                "Gastgeberin der Konferenz zu Abfall und Wasser im Oktober 2013."
            ),
            "en": (
                "Borne in Twente, the Netherlands – partner town in the Climate Partnership and "
                "host of the October 2013 conference on waste and water."
            ),
        },
        "intro": {
            "de": (
                "Borne in der niederländischen Region Twente war im Oktober 2013 Gastgeberin der "
                "Konferenz zum Thema Abfall und Wasser."
            ),
            "en": (
                "Borne, in the Twente region of the Netherlands, hosted the conference on waste "
                "and water in October 2013."
            ),
        },
        "climate_focus": {
            "de": "Abfall und Wasser – Thema der Konferenz in Borne im Oktober 2013",
            "en": "Waste and water – the topic of the conference in Borne in October 2013",
        },
        "portrait": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Borne ist eine Gemeinde in Twente in der Provinz Overijssel, im Osten "
                        "der Niederlande. Sie grenzt unmittelbar an die Stadt Hengelo.</p>"
                        "<p>Im Oktober 2013 war Borne Gastgeberin der Konferenz zum Thema Abfall "
                        "und Wasser. Von Mittwoch bis Samstag kamen Delegationen aus Trakai, "
                        "Leiria, Rheine und Bernburg zusammen.</p>"
                        "<p>Auf dem Programm standen auch Besuche bei guten Beispielen aus der "
                        "Region: die Kläranlage in Hengelo, eine 13 Kilometer lange "
                        "Wasserverbindung in Twente und eine Abfallsammelstelle.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Borne is a municipality in Twente, in the province of Overijssel in "
                        "the east of the Netherlands, right next to the town of Hengelo.</p>"
                        "<p>In October 2013 Borne hosted the conference on waste and water. From "
                        "Wednesday to Saturday, delegations from Trakai, Leiria, Rheine and "
                        "Bernburg came together there.</p>"
                        "<p>The programme included visits to good examples in the region: the "
                        "Hengelo sewage treatment plant, a 13-kilometre water link in Twente and a "
                        "waste collection site.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "leiria",
        "title": {"de": "Leiria", "en": "Leiria"},
        "slug": {"de": "leiria", "en": "leiria"},
        "country": "PT",
        "latitude": 39.7436,
        "longitude": -8.8071,
        "website": "https://www.cm-leiria.pt/",
        "search_description": {
            "de": (
                "Leiria in Portugal – eine der fünf Partnerstädte der KlimaPartnerschaft und "
                "Gastgeberin einer der Projektkonferenzen."
            ),
            "en": (
                "Leiria in Portugal – one of the five partner towns of the Climate Partnership and "
                "host of one of the project conferences."
            ),
        },
        "intro": {
            "de": (
                "Leiria in der Mitte Portugals richtete im Projektzeitraum eine der Konferenzen "
                "der KlimaPartnerschaft aus."
            ),
            "en": (
                "Leiria, in central Portugal, hosted one of the Climate Partnership's conferences "
                "during the project."
            ),
        },
        "climate_focus": {"de": "", "en": ""},
        "portrait": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Leiria ist eine Stadt in der Mitte Portugals. Über der Altstadt erhebt "
                        "sich die Burg, ein Wahrzeichen der Stadt.</p>"
                        "<p>Als eine der fünf Partnerstädte richtete Leiria im Projektzeitraum "
                        "zwischen Juli 2012 und Juni 2014 eine der Fachkonferenzen der "
                        "KlimaPartnerschaft aus.</p>"
                        "<p>Zur Konferenz in Borne im Oktober 2013 schickte Leiria ebenfalls eine "
                        "Delegation.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Leiria is a city in central Portugal. Its castle, one of the city's "
                        "landmarks, rises above the old town.</p>"
                        "<p>As one of the five partner towns, Leiria hosted one of the Climate "
                        "Partnership's conferences during the project period, between July 2012 "
                        "and June 2014.</p>"
                        "<p>Leiria also sent a delegation to the conference in Borne in October "
                        "2013.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "rheine",
        "title": {"de": "Rheine", "en": "Rheine"},
        "slug": {"de": "rheine", "en": "rheine"},
        "country": "DE",
        "latitude": 52.2800,
        "longitude": 7.4380,
        "website": "https://www.rheine.de/",
        "search_description": {
            "de": (
                "Rheine an der Ems – Sitz der Projektkoordination, Ort des Gründungsworkshops 2011 "
                "und der Abschlusskonferenz 2014 der KlimaPartnerschaft."
            ),
            "en": (
                "Rheine on the Ems – home of the project coordinator, venue of the 2011 founding "
                "workshop and the 2014 closing conference of the Climate Partnership."
            ),
        },
        "intro": {
            "de": (
                "In Rheine an der Ems liefen die Fäden der KlimaPartnerschaft zusammen: Hier wurde "
                "das Netzwerk gegründet, und hier endete das Projekt mit der Abschlusskonferenz."
            ),
            "en": (
                "Rheine, on the river Ems, was where the threads of the Climate Partnership came "
                "together: the network was founded here, and the project closed here with its "
                "final conference."
            ),
        },
        # Rheine's own field of action is not recorded (see FACTS); the page says so.
        "climate_focus": {"de": "", "en": ""},
        "portrait": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Rheine liegt an der Ems im Münsterland, im Norden von "
                        "Nordrhein-Westfalen.</p>"
                        "<p>Die Koordination der KlimaPartnerschaft lag bei der TAT Technik Arbeit "
                        "Transfer gGmbH mit Sitz in Rheine. Partner vor Ort waren die Stadt Rheine "
                        "und der Rheiner Städtepartnerschaftsverein.</p>"
                        "<p>Im Oktober 2011 wurde das Netzwerk bei einem vorbereitenden Workshop "
                        "in Rheine gegründet, 2014 fand hier die Abschlusskonferenz statt. Auch "
                        "zur Konferenz in Borne im Oktober 2013 reiste eine Delegation aus "
                        "Rheine.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Rheine lies on the river Ems in the Münsterland, in the north of the "
                        "German state of North Rhine-Westphalia.</p>"
                        "<p>The Climate Partnership was coordinated by TAT Technik Arbeit Transfer "
                        "gGmbH, based in Rheine. Its local partners were the city of Rheine and "
                        "the Rheine twinning association.</p>"
                        "<p>The network was founded at a preparatory workshop in Rheine in October "
                        "2011, and the closing conference took place here in 2014. Rheine also "
                        "sent a delegation to the conference in Borne in October 2013.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "trakai",
        "title": {"de": "Trakai", "en": "Trakai"},
        "slug": {"de": "trakai", "en": "trakai"},
        "country": "LT",
        "latitude": 54.6379,
        "longitude": 24.9347,
        "website": "https://www.trakai.lt/",
        "search_description": {
            "de": (
                "Trakai in Litauen – eine der fünf Partnerstädte der KlimaPartnerschaft und "
                "Gastgeberin einer der Projektkonferenzen."
            ),
            "en": (
                "Trakai in Lithuania – one of the five partner towns of the Climate Partnership "
                "and host of one of the project conferences."
            ),
        },
        "intro": {
            "de": (
                "Trakai, westlich von Vilnius zwischen Seen gelegen, richtete im Projektzeitraum "
                "eine der Konferenzen der KlimaPartnerschaft aus."
            ),
            "en": (
                "Trakai, set among lakes west of Vilnius, hosted one of the Climate Partnership's "
                "conferences during the project."
            ),
        },
        "climate_focus": {"de": "", "en": ""},
        "portrait": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Trakai liegt westlich der litauischen Hauptstadt Vilnius in einer "
                        "Landschaft voller Seen. Bekannt ist die Stadt vor allem für ihre Burg auf "
                        "einer Insel.</p>"
                        "<p>Als eine der fünf Partnerstädte richtete Trakai im Projektzeitraum "
                        "zwischen Juli 2012 und Juni 2014 eine der Fachkonferenzen der "
                        "KlimaPartnerschaft aus.</p>"
                        "<p>Zur Konferenz in Borne im Oktober 2013 reiste auch eine Delegation aus "
                        "Trakai.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Trakai lies west of Vilnius, the Lithuanian capital, in a landscape of "
                        "lakes. The town is best known for its island castle.</p>"
                        "<p>As one of the five partner towns, Trakai hosted one of the Climate "
                        "Partnership's conferences during the project period, between July 2012 "
                        "and June 2014.</p>"
                        "<p>A delegation from Trakai also took part in the conference in Borne in "
                        "October 2013.</p>"
                    ),
                ),
            ],
        },
    },
]

# ---------------------------------------------------------------------------------------------
# Conferences
# ---------------------------------------------------------------------------------------------

CONFERENCES_INDEX = {
    "title": {"de": "Konferenzen", "en": "Conferences"},
    "slug": {"de": "konferenzen", "en": "conferences"},
    "search_description": {
        "de": (
            "Vom Gründungsworkshop 2011 bis zur Abschlusskonferenz 2014: die Treffen der "
            "KlimaPartnerschaft in den fünf Partnerstädten."
        ),
        "en": (
            "From the 2011 founding workshop to the 2014 closing conference: the meetings of the "
            "Climate Partnership in the five partner towns."
        ),
    },
    "intro": {
        "de": (
            "Jede Partnerstadt richtete eine Konferenz zu ihrem Handlungsfeld aus, jeweils mit "
            "einer Exkursion zu guten Beispielen vor Ort. Hier finden Sie alle Treffen – vom "
            "Gründungsworkshop bis zur Abschlusskonferenz."
        ),
        "en": (
            "Each partner town hosted a conference on its field of action, always with an "
            "excursion to good local examples. Here you will find every meeting, from the founding "
            "workshop to the closing conference."
        ),
    },
}

CONFERENCES = [
    {
        "key": "workshop-rheine-2011",
        "host": "rheine",
        "kind": "workshop",
        "title": {
            "de": "Vorbereitender Workshop in Rheine",
            "en": "Preparatory workshop in Rheine",
        },
        "slug": {"de": "workshop-rheine-2011", "en": "workshop-rheine-2011"},
        "start_date": date(2011, 10, 20),
        "end_date": date(2011, 10, 21),
        "date_precision": "day",
        "topic": {
            "de": "Gründung des Netzwerks KlimaPartnerschaft",
            "en": "Founding of the Climate Partnership network",
        },
        "venue": {
            "de": "TAT Technik Arbeit Transfer gGmbH, Rheine",
            "en": "TAT Technik Arbeit Transfer gGmbH, Rheine",
        },
        "search_description": {
            "de": (
                "Am 20. und 21. Oktober 2011 wurde bei einem Workshop in Rheine das Netzwerk "
                "KlimaPartnerschaft gegründet."
            ),
            "en": (
                "On 20 and 21 October 2011 the Climate Partnership network was founded at a "
                "workshop in Rheine."
            ),
        },
        "intro": {
            "de": (
                "Hier fing alles an: Bei einem vorbereitenden Workshop in Rheine wurde im Oktober "
                "2011 das Netzwerk KlimaPartnerschaft gegründet."
            ),
            "en": (
                "This is where it all began: the Climate Partnership network was founded at a "
                "preparatory workshop in Rheine in October 2011."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Am 20. und 21. Oktober 2011 fand bei der TAT Technik Arbeit Transfer "
                        "gGmbH in Rheine ein vorbereitender Workshop statt. Dabei wurde das "
                        "Netzwerk „KlimaPartnerschaft“ gegründet.</p>"
                        "<p>Damit war der Grundstein für das Projekt gelegt, das am 1. Juli 2012 "
                        "startete und in dem jede Partnerstadt eine eigene Konferenz "
                        "ausrichtete.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>On 20 and 21 October 2011, TAT Technik Arbeit Transfer gGmbH in Rheine "
                        "hosted a preparatory workshop, at which the Climate Partnership network "
                        "was founded.</p>"
                        "<p>This laid the foundation for the project, which started on 1 July 2012 "
                        "and in which each partner town went on to host a conference of its "
                        "own.</p>"
                    ),
                ),
            ],
        },
        "excursions": [],
    },
    {
        "key": "conference-bernburg",
        "host": "bernburg",
        "kind": "conference",
        "title": {
            "de": "Konferenz in Bernburg (Saale)",
            "en": "Conference in Bernburg (Saale)",
        },
        "slug": {"de": "konferenz-bernburg", "en": "conference-bernburg"},
        "start_date": None,
        "end_date": None,
        "date_precision": "day",
        "topic": {"de": "", "en": ""},
        "venue": {"de": "Bernburg (Saale)", "en": "Bernburg (Saale)"},
        "search_description": {
            "de": (
                "Bernburg (Saale) war im Projektzeitraum 2012–2014 Gastgeberin einer der "
                "Konferenzen der KlimaPartnerschaft."
            ),
            "en": (
                "Bernburg (Saale) hosted one of the Climate Partnership's conferences during the "
                "project period, 2012–2014."
            ),
        },
        "intro": {
            "de": (
                "Bernburg (Saale) war im Projektzeitraum Gastgeberin einer der Konferenzen der "
                "KlimaPartnerschaft."
            ),
            "en": (
                "Bernburg (Saale) played host to one of the Climate Partnership's conferences "
                "during the project period."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Zwischen Juli 2012 und Juni 2014 richtete jede der fünf Partnerstädte "
                        "eine Konferenz zu ihrem Handlungsfeld aus, jeweils mit einer Exkursion zu "
                        "guten Beispielen vor Ort. Eine dieser Konferenzen fand in Bernburg "
                        "(Saale) statt.</p>"
                        "<p>Datum und Thema dieser Konferenz sind nicht überliefert.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Between July 2012 and June 2014, each of the five partner towns hosted "
                        "a conference on its field of action, always with an excursion to good "
                        "local examples. One of these conferences took place in Bernburg "
                        "(Saale).</p>"
                        "<p>The date and topic of this conference are not recorded.</p>"
                    ),
                ),
            ],
        },
        "excursions": [],
    },
    {
        "key": "conference-borne-2013",
        "host": "borne",
        "kind": "conference",
        "title": {
            "de": "Konferenz in Borne: Abfall und Wasser",
            "en": "Conference in Borne: waste and water",
        },
        "slug": {"de": "konferenz-borne-2013", "en": "conference-borne-2013"},
        "start_date": date(2013, 10, 1),
        "end_date": None,
        "date_precision": "month",
        "topic": {"de": "Abfall und Wasser", "en": "Waste and water"},
        "venue": {"de": "Borne", "en": "Borne"},
        "search_description": {
            "de": (
                "Konferenz der KlimaPartnerschaft in Borne im Oktober 2013 zu Abfall und Wasser – "
                "unter anderem mit Besuchen in Hengelo und Twente."
            ),
            "en": (
                "The Climate Partnership's conference on waste and water in Borne, October 2013 – "
                "including visits in Hengelo and Twente."
            ),
        },
        "intro": {
            "de": (
                "Im Oktober 2013 trafen sich Delegationen aus Trakai, Leiria, Rheine und Bernburg "
                "in Borne, um sich über Abfall und Wasser auszutauschen."
            ),
            "en": (
                "In October 2013, delegations from Trakai, Leiria, Rheine and Bernburg met in "
                "Borne to share ideas on waste and water."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Im Oktober 2013 war die Gemeinde Borne in Twente Gastgeberin der "
                        "Konferenz zum Thema <strong>Abfall und Wasser</strong>. Von Mittwoch bis "
                        "Samstag kamen Delegationen aus Trakai, Leiria, Rheine und Bernburg "
                        "zusammen.</p>"
                        "<p>Wie bei allen Konferenzen des Projekts ging es auch hinaus zu guten "
                        "Beispielen vor Ort. Die Gäste besichtigten die Kläranlage in Hengelo, "
                        "eine 13 Kilometer lange Wasserverbindung in Twente, die unter einer "
                        "Autobahn, Kanälen und Bahnstrecken hindurch verlegt wurde, und eine "
                        "Abfallsammelstelle.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>In October 2013 the municipality of Borne in Twente hosted the "
                        "conference on <strong>waste and water</strong>. From Wednesday to "
                        "Saturday, delegations from Trakai, Leiria, Rheine and Bernburg came "
                        "together.</p>"
                        "<p>As at every conference of the project, the participants also went out "
                        "to see good examples on the ground. They visited the Hengelo sewage "
                        "treatment plant, a 13-kilometre water link in Twente laid under a "
                        "motorway, canals and railway lines, and a waste collection site.</p>"
                    ),
                ),
            ],
        },
        "excursions": [
            {
                "title": {
                    "de": "Kläranlage Hengelo",
                    "en": "Hengelo sewage treatment plant",
                },
                "description": {
                    "de": ("Besichtigung der Kläranlage in Hengelo, der Nachbarstadt von Borne."),
                    "en": "A visit to the sewage treatment plant in Hengelo, Borne's neighbour.",
                },
                "places": {"de": "Hengelo", "en": "Hengelo"},
            },
            {
                "title": {
                    "de": "13 Kilometer lange Wasserverbindung in Twente",
                    "en": "A 13-kilometre water link in Twente",
                },
                "description": {
                    "de": (
                        "Eine 13 Kilometer lange Wasserverbindung in Twente, verlegt unter einer "
                        "Autobahn, unter Kanälen und unter Bahnstrecken hindurch."
                    ),
                    "en": (
                        "A 13-kilometre water link in Twente, laid beneath a motorway, canals and "
                        "railway lines."
                    ),
                },
                "places": {"de": "Twente", "en": "Twente"},
            },
            {
                "title": {
                    "de": "Abfallsammelstelle",
                    "en": "Waste collection site",
                },
                "description": {
                    "de": "Besuch einer Abfallsammelstelle als Beispiel aus der Praxis.",
                    "en": "A visit to a waste collection site as a practical example.",
                },
                "places": {"de": "", "en": ""},
            },
        ],
    },
    {
        "key": "conference-trakai",
        "host": "trakai",
        "kind": "conference",
        "title": {"de": "Konferenz in Trakai", "en": "Conference in Trakai"},
        "slug": {"de": "konferenz-trakai", "en": "conference-trakai"},
        "start_date": None,
        "end_date": None,
        "date_precision": "day",
        "topic": {"de": "", "en": ""},
        "venue": {"de": "Trakai", "en": "Trakai"},
        "search_description": {
            "de": (
                "Trakai war im Projektzeitraum 2012–2014 Gastgeberin einer der Konferenzen der "
                "KlimaPartnerschaft."
            ),
            "en": (
                "Trakai hosted one of the Climate Partnership's conferences during the project "
                "period, 2012–2014."
            ),
        },
        "intro": {
            "de": (
                "Trakai in Litauen war im Projektzeitraum Gastgeberin einer der Konferenzen der "
                "KlimaPartnerschaft."
            ),
            "en": (
                "Trakai in Lithuania played host to one of the Climate Partnership's conferences "
                "during the project period."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Zwischen Juli 2012 und Juni 2014 richtete jede der fünf Partnerstädte "
                        "eine Konferenz zu ihrem Handlungsfeld aus, jeweils mit einer Exkursion zu "
                        "guten Beispielen vor Ort. Eine dieser Konferenzen fand in Trakai "
                        "statt.</p>"
                        "<p>Datum und Thema dieser Konferenz sind nicht überliefert.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Between July 2012 and June 2014, each of the five partner towns hosted "
                        "a conference on its field of action, always with an excursion to good "
                        "local examples. One of these conferences took place in Trakai.</p>"
                        "<p>The date and topic of this conference are not recorded.</p>"
                    ),
                ),
            ],
        },
        "excursions": [],
    },
    {
        "key": "conference-leiria",
        "host": "leiria",
        "kind": "conference",
        "title": {"de": "Konferenz in Leiria", "en": "Conference in Leiria"},
        "slug": {"de": "konferenz-leiria", "en": "conference-leiria"},
        "start_date": None,
        "end_date": None,
        "date_precision": "day",
        "topic": {"de": "", "en": ""},
        "venue": {"de": "Leiria", "en": "Leiria"},
        "search_description": {
            "de": (
                "Leiria war im Projektzeitraum 2012–2014 Gastgeberin einer der Konferenzen der "
                "KlimaPartnerschaft."
            ),
            "en": (
                "Leiria hosted one of the Climate Partnership's conferences during the project "
                "period, 2012–2014."
            ),
        },
        "intro": {
            "de": (
                "Leiria in Portugal war im Projektzeitraum Gastgeberin einer der Konferenzen der "
                "KlimaPartnerschaft."
            ),
            "en": (
                "Leiria in Portugal played host to one of the Climate Partnership's conferences "
                "during the project period."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Zwischen Juli 2012 und Juni 2014 richtete jede der fünf Partnerstädte "
                        "eine Konferenz zu ihrem Handlungsfeld aus, jeweils mit einer Exkursion zu "
                        "guten Beispielen vor Ort. Eine dieser Konferenzen fand in Leiria "
                        "statt.</p>"
                        "<p>Datum und Thema dieser Konferenz sind nicht überliefert.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Between July 2012 and June 2014, each of the five partner towns hosted "
                        "a conference on its field of action, always with an excursion to good "
                        "local examples. One of these conferences took place in Leiria.</p>"
                        "<p>The date and topic of this conference are not recorded.</p>"
                    ),
                ),
            ],
        },
        "excursions": [],
    },
    {
        "key": "closing-rheine-2014",
        "host": "rheine",
        "kind": "closing",
        "title": {
            "de": "Abschlusskonferenz in Rheine",
            "en": "Closing conference in Rheine",
        },
        "slug": {"de": "abschlusskonferenz-rheine-2014", "en": "closing-conference-rheine-2014"},
        "start_date": date(2014, 1, 1),
        "end_date": None,
        "date_precision": "year",
        "topic": {"de": "", "en": ""},
        "venue": {"de": "Rheine", "en": "Rheine"},
        "search_description": {
            "de": (
                "2014 endete die KlimaPartnerschaft mit einer Abschlusskonferenz in Rheine, wo das "
                "Netzwerk 2011 gegründet worden war."
            ),
            "en": (
                "In 2014 the Climate Partnership came to a close with a final conference in "
                "Rheine, where the network had been founded in 2011."
            ),
        },
        "intro": {
            "de": (
                "Zum Abschluss kehrte die KlimaPartnerschaft 2014 dorthin zurück, wo alles "
                "begonnen hatte: nach Rheine."
            ),
            "en": ("In 2014 the Climate Partnership ended where it had all begun: in Rheine."),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Rheine ist Sitz der Projektkoordination, der TAT Technik Arbeit "
                        "Transfer gGmbH. Hier war das Netzwerk im Oktober 2011 gegründet worden, "
                        "und hier fand 2014 auch die Abschlusskonferenz des Projekts statt.</p>"
                        "<p>Mit ihr endete die Reihe der Konferenzen in den fünf Partnerstädten. "
                        "Die Projektlaufzeit ging am 30. Juni 2014 zu Ende. Datum und Programm der "
                        "Abschlusskonferenz sind nicht überliefert.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Rheine is home to the project coordinator, TAT Technik Arbeit Transfer "
                        "gGmbH. The network had been founded here in October 2011, and it was here "
                        "that the project held its closing conference in 2014.</p>"
                        "<p>It rounded off the series of conferences in the five partner towns. "
                        "The project period ended on 30 June 2014. The date and programme of the "
                        "closing conference are not recorded.</p>"
                    ),
                ),
            ],
        },
        "excursions": [],
    },
]

# ---------------------------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------------------------

NEWS_INDEX = {
    "title": {"de": "Aktuelles", "en": "News"},
    "slug": {"de": "aktuelles", "en": "news"},
    "search_description": {
        "de": (
            "Neuigkeiten der KlimaPartnerschaft: vom Gründungsworkshop 2011 über die Konferenzen "
            "bis zum Europapreis und zur Broschüre 2016."
        ),
        "en": (
            "News from the Climate Partnership: from the 2011 founding workshop and the "
            "conferences to the Europapreis and the 2016 brochure."
        ),
    },
    "intro": {
        "de": "Was in der KlimaPartnerschaft geschah – das Neueste zuerst.",
        "en": "What happened in the Climate Partnership – latest first.",
    },
}

NEWS = [
    {
        "key": "brochure-nrw-2016",
        "title": {
            "de": "Broschüre des NRW-Europaministeriums stellt das Projekt vor",
            "en": "North Rhine-Westphalia's Europe ministry features the project in a brochure",
        },
        "slug": {"de": "broschuere-nrw-europaministerium", "en": "nrw-europe-ministry-brochure"},
        "date": date(2016, 1, 1),
        "date_precision": "year",
        "search_description": {
            "de": (
                "2016 stellte das Europaministerium von Nordrhein-Westfalen die KlimaPartnerschaft "
                "in einer Broschüre vor."
            ),
            "en": (
                "In 2016 the Europe ministry of North Rhine-Westphalia presented the Climate "
                "Partnership in a brochure."
            ),
        },
        "intro": {
            "de": (
                "Auch nach dem Ende der Laufzeit fand die KlimaPartnerschaft Beachtung: 2016 wurde "
                "sie in einer Broschüre des NRW-Europaministeriums vorgestellt."
            ),
            "en": (
                "The Climate Partnership kept attracting attention after it ended: in 2016 it was "
                "featured in a brochure by North Rhine-Westphalia's Europe ministry."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Im Jahr 2016 präsentierte das für Europa zuständige Ministerium des "
                        "Landes Nordrhein-Westfalen die KlimaPartnerschaft in einer Broschüre.</p>"
                        "<p>So wurde die Zusammenarbeit der fünf Partnerstädte Bernburg (Saale), "
                        "Borne, Leiria, Rheine und Trakai auch über das Projektende hinaus "
                        "sichtbar.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>In 2016 the ministry responsible for European affairs in the German "
                        "state of North Rhine-Westphalia presented the Climate Partnership in a "
                        "brochure.</p>"
                        "<p>This kept the cooperation between the five partner towns – Bernburg "
                        "(Saale), Borne, Leiria, Rheine and Trakai – in view well beyond the end "
                        "of the project.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "europapreis-2015",
        "title": {
            "de": "Europapreis 2015 für die KlimaPartnerschaft",
            "en": "Europapreis 2015 for the Climate Partnership",
        },
        "slug": {"de": "europapreis-2015", "en": "europapreis-2015-award"},
        "date": date(2016, 1, 1),
        "date_precision": "year",
        "search_description": {
            "de": (
                "Die KlimaPartnerschaft erhielt den Europapreis 2015 der IPZ; überreicht wurde der "
                "Preis im Jahr 2016."
            ),
            "en": (
                "The Climate Partnership received the IPZ's Europapreis 2015, which was presented "
                "in 2016."
            ),
        },
        "intro": {
            "de": (
                "Eine schöne Anerkennung: Die KlimaPartnerschaft wurde mit dem Europapreis 2015 "
                "der IPZ ausgezeichnet."
            ),
            "en": (
                "A welcome recognition: the Climate Partnership was awarded the Europapreis 2015, "
                "a prize of the IPZ."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Das Projekt KlimaPartnerschaft wurde mit dem Europapreis 2015 der IPZ "
                        "ausgezeichnet. Der Europapreis ist eine Auszeichnung, die die IPZ "
                        "vergibt; überreicht wurde er der KlimaPartnerschaft im Jahr 2016.</p>"
                        "<p>Ausgezeichnet wurde damit ein Projekt, in dem fünf Partnerstädte aus "
                        "vier Ländern beim Klimaschutz voneinander gelernt haben.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The Climate Partnership project received the Europapreis 2015 of the "
                        "IPZ. The Europapreis (German for “Europe Prize”) is an award given by the "
                        "IPZ; it was presented to the Climate Partnership in 2016.</p>"
                        "<p>The prize thus went to a project in which five partner towns from four "
                        "countries learned from each other about climate protection.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "closing-2014",
        "title": {
            "de": "Abschlusskonferenz in Rheine",
            "en": "Closing conference in Rheine",
        },
        "slug": {"de": "abschlusskonferenz-und-projektende", "en": "closing-conference-and-end"},
        # The record gives only the year; the end of the runtime is not the conference's date.
        "date": date(2014, 1, 1),
        "date_precision": "year",
        "search_description": {
            "de": (
                "2014 traf sich die KlimaPartnerschaft zur Abschlusskonferenz in Rheine; am 30. "
                "Juni 2014 endete die Projektlaufzeit."
            ),
            "en": (
                "In 2014 the Climate Partnership met for its closing conference in Rheine; the "
                "project period ended on 30 June 2014."
            ),
        },
        "intro": {
            "de": (
                "Mit der Abschlusskonferenz in Rheine ging 2014 die Reihe der Konferenzen zu Ende. "
                "Am 30. Juni 2014 endete die Laufzeit des Projekts."
            ),
            "en": (
                "The closing conference in Rheine in 2014 completed the series of conferences. The "
                "project period ended on 30 June 2014."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>2014 kam die KlimaPartnerschaft zu ihrer Abschlusskonferenz in Rheine "
                        "zusammen – in der Stadt, in der das Netzwerk im Oktober 2011 gegründet "
                        "worden war und in der die Projektkoordination ihren Sitz hat.</p>"
                        "<p>Am 30. Juni 2014 endete nach zwei Jahren die Laufzeit des Projekts. In "
                        "dieser Zeit hatte jede der fünf Partnerstädte eine Konferenz zu ihrem "
                        "Handlungsfeld ausgerichtet. Die Arbeit an gemeinsamen Projekten sollte "
                        "künftig weiter verstärkt werden.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>In 2014 the Climate Partnership gathered for its closing conference in "
                        "Rheine – the town where the network had been founded in October 2011 and "
                        "where the project coordinator is based.</p>"
                        "<p>After two years, the project period ended on 30 June 2014. During "
                        "that time each of the five partner towns had hosted a conference on its "
                        "field of action. Work on joint projects was to be stepped up in the "
                        "future.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "borne-2013",
        "title": {
            "de": "Konferenz in Borne: Abfall und Wasser",
            "en": "Conference in Borne: waste and water",
        },
        "slug": {"de": "konferenz-borne-abfall-und-wasser", "en": "borne-conference-waste-water"},
        "date": date(2013, 10, 1),
        "date_precision": "month",
        "search_description": {
            "de": (
                "Im Oktober 2013 ging es in Borne um Abfall und Wasser – mit Besuchen der "
                "Kläranlage Hengelo, einer Wasserverbindung in Twente und einer Abfallsammelstelle."
            ),
            "en": (
                "In October 2013 the focus in Borne was on waste and water, with visits to the "
                "Hengelo sewage works, a water link in Twente and a waste collection site."
            ),
        },
        "intro": {
            "de": (
                "Von Mittwoch bis Samstag trafen sich im Oktober 2013 Delegationen aus vier "
                "Partnerstädten in Borne, um über Abfall und Wasser zu sprechen."
            ),
            "en": (
                "From Wednesday to Saturday in October 2013, delegations from four partner towns "
                "met in Borne to talk about waste and water."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Gastgeberin der Konferenz im Oktober 2013 war die Gemeinde Borne in "
                        "Twente. Delegationen aus Trakai, Leiria, Rheine und Bernburg tauschten "
                        "sich von Mittwoch bis Samstag zum Thema Abfall und Wasser aus.</p>"
                        "<p>Zum Programm gehörten drei Besuche bei guten Beispielen aus der "
                        "Region:</p>"
                        "<ul>"
                        "<li>die Kläranlage in Hengelo,</li>"
                        "<li>eine 13 Kilometer lange Wasserverbindung in Twente, verlegt unter "
                        "einer Autobahn, unter Kanälen und unter Bahnstrecken,</li>"
                        "<li>eine Abfallsammelstelle.</li>"
                        "</ul>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The October 2013 conference was hosted by the municipality of Borne in "
                        "Twente. From Wednesday to Saturday, delegations from Trakai, Leiria, "
                        "Rheine and Bernburg exchanged views on waste and water.</p>"
                        "<p>The programme included three visits to good examples in the region:</p>"
                        "<ul>"
                        "<li>the Hengelo sewage treatment plant;</li>"
                        "<li>a 13-kilometre water link in Twente, laid under a motorway, canals "
                        "and railway lines;</li>"
                        "<li>a waste collection site.</li>"
                        "</ul>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "project-start-2012",
        "title": {
            "de": "Startschuss für die KlimaPartnerschaft",
            "en": "The Climate Partnership gets under way",
        },
        "slug": {"de": "projektstart", "en": "project-start"},
        "date": date(2012, 7, 1),
        "date_precision": "day",
        "search_description": {
            "de": (
                "Am 1. Juli 2012 startete das EU-geförderte Projekt KlimaPartnerschaft der "
                "Partnerstädte Bernburg (Saale), Borne, Leiria, Rheine und Trakai."
            ),
            "en": (
                "On 1 July 2012 the EU-supported Climate Partnership of Bernburg (Saale), Borne, "
                "Leiria, Rheine and Trakai got under way."
            ),
        },
        "intro": {
            "de": (
                "Am 1. Juli 2012 fiel der Startschuss: Für zwei Jahre wollten fünf Partnerstädte "
                "beim Klimaschutz voneinander lernen."
            ),
            "en": (
                "The project got under way on 1 July 2012: for two years, five partner towns set "
                "out to learn from each other about climate protection."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Am 1. Juli 2012 begann die Laufzeit des Projekts „KlimaPartnerschaft – "
                        "Städtepartner übernehmen Klimaverantwortung“. Bis zum 30. Juni 2014 "
                        "sollte jede der fünf Partnerstädte eine Konferenz zu ihrem Handlungsfeld "
                        "ausrichten, jeweils mit einer Exkursion zu guten Beispielen vor Ort.</p>"
                        "<p>Unterstützt wurde das Projekt durch das EU-Programm „Europa für "
                        "Bürgerinnen und Bürger“, gefördert vom Bundesministerium für Umwelt, "
                        "Naturschutz und Reaktorsicherheit aufgrund eines Beschlusses des "
                        "Deutschen Bundestages. Die Koordination lag bei der TAT Technik Arbeit "
                        "Transfer gGmbH in Rheine.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The project “Climate Partnership – twin towns take on "
                        "climate responsibility” began on 1 July 2012. By 30 June 2014, each of "
                        "the five partner towns was to host a conference on its field of action, "
                        "always with an excursion to good local examples.</p>"
                        "<p>The project was supported by the EU's Europe for Citizens programme "
                        "and funded by the German Federal Ministry for the Environment, Nature "
                        "Conservation and Nuclear Safety (BMU) on the basis of a decision by the "
                        "German Bundestag. It was coordinated by TAT Technik Arbeit Transfer gGmbH "
                        "in Rheine.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "founding-2011",
        "title": {
            "de": "Netzwerk KlimaPartnerschaft gegründet",
            "en": "Climate Partnership network founded",
        },
        "slug": {"de": "gruendung-des-netzwerks", "en": "network-founded"},
        "date": date(2011, 10, 20),
        "date_precision": "day",
        "search_description": {
            "de": (
                "Bei einem vorbereitenden Workshop am 20. und 21. Oktober 2011 in Rheine wurde das "
                "Netzwerk KlimaPartnerschaft gegründet."
            ),
            "en": (
                "The Climate Partnership network was founded at a preparatory workshop in Rheine "
                "on 20 and 21 October 2011."
            ),
        },
        "intro": {
            "de": (
                "Im Oktober 2011 wurde in Rheine der Grundstein gelegt: Bei einem vorbereitenden "
                "Workshop entstand das Netzwerk KlimaPartnerschaft."
            ),
            "en": (
                "The foundation was laid in Rheine in October 2011, when the Climate Partnership "
                "network was set up at a preparatory workshop."
            ),
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    (
                        "<p>Am 20. und 21. Oktober 2011 fand bei der TAT Technik Arbeit Transfer "
                        "gGmbH in Rheine ein vorbereitender Workshop statt. Dort wurde das "
                        "Netzwerk „KlimaPartnerschaft“ gegründet.</p>"
                        "<p>Am 1. Juli 2012 startete dann das gemeinsame Projekt der fünf "
                        "Partnerstädte.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>On 20 and 21 October 2011, TAT Technik Arbeit Transfer gGmbH in Rheine "
                        "hosted a preparatory workshop at which the Climate Partnership network "
                        "was founded.</p>"
                        "<p>The five partner towns' joint project then began on 1 July 2012.</p>"
                    ),
                ),
            ],
        },
    },
]

# ---------------------------------------------------------------------------------------------
# Downloads (the flyer itself is built from the pages: flyer/)
# ---------------------------------------------------------------------------------------------

DOWNLOADS = {
    "title": {"de": "Downloads", "en": "Downloads"},
    "slug": {"de": "downloads", "en": "downloads"},
    "search_description": {
        "de": (
            "Der Projektflyer der KlimaPartnerschaft zum Herunterladen: zwei Seiten im Überblick."
        ),
        "en": "Download the Climate Partnership's project flyer: a two-page overview.",
    },
    "intro": {
        "de": "Hier können Sie den Projektflyer der KlimaPartnerschaft herunterladen.",
        "en": "Here you can download the Climate Partnership's project flyer.",
    },
    "flyer_title": {"de": "Projektflyer", "en": "Project flyer"},
    "flyer_description": {
        "de": (
            "Das Projekt auf zwei Seiten: Idee, Arbeitsweise, Partnerstädte, Laufzeit und "
            "Förderung im Überblick."
        ),
        "en": (
            "The project on two pages: an overview of the idea, how we worked, the partner towns, "
            "the project period and the funding."
        ),
    },
}

# ---------------------------------------------------------------------------------------------
# Legal pages
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Get involved (participation form)
# ---------------------------------------------------------------------------------------------

PARTICIPATION = {
    "title": {"de": "Mitmachen", "en": "Get involved"},
    "slug": {"de": "mitmachen", "en": "get-involved"},
    "search_description": {
        "de": (
            "Ideen, Vorschläge, Fragen oder Hilfe für die KlimaPartnerschaft: Schreiben Sie der "
            "Projektkoordination über das Formular."
        ),
        "en": (
            "Ideas, proposals, questions or an offer to help for the Climate Partnership: write "
            "to the project coordination through the form."
        ),
    },
    "intro": {
        "de": (
            "Sie haben eine Idee für den Klimaschutz in Ihrer Stadt, eine Frage zur "
            "KlimaPartnerschaft oder möchten mithelfen? Schreiben Sie uns. Ideen, Vorschläge und "
            "ungewöhnliche Denkansätze sind jederzeit willkommen – Alter und Erfahrung spielen "
            "keine Rolle."
        ),
        "en": (
            "Do you have an idea for climate action in your town, a question about the Climate "
            "Partnership, or would you like to help? Write to us. Ideas, proposals and "
            "unconventional thinking are welcome at any time – age and experience do not matter."
        ),
    },
    "thank_you_text": {
        "de": (
            "<p>Vielen Dank für Ihre Nachricht! Sie ist auf dieser Website gespeichert, wo die "
            "Projektkoordination sie liest.</p>"
        ),
        "en": (
            "<p>Thank you for your message! It has been stored on this website, where the "
            "project coordination reads it.</p>"
        ),
    },
    # The coordination's e-mail address is not known (see FACTS); editors add it on the page.
    # Until then messages are only stored, and the texts above and in the privacy statement
    # say so; the dashboard reminds coordinators that the form has no recipient.
    "subject": "Neue Nachricht über das Formular „Mitmachen“",
}

LEGAL = [
    {
        "key": "imprint",
        "title": {"de": "Impressum", "en": "Legal notice"},
        "slug": {"de": "impressum", "en": "legal-notice"},
        "search_description": {
            "de": (
                "Impressum der Website der KlimaPartnerschaft: Anbieter sowie Hinweise zu Texten "
                "und Bildern."
            ),
            "en": "Legal notice of the Climate Partnership website: provider, texts and images.",
        },
        "intro": {
            "de": "Wer hinter dieser Website steht.",
            "en": "Who is behind this website.",
        },
        "body": {
            "de": [
                ("heading", "Anbieter"),
                (
                    "paragraph",
                    (
                        "<p><strong>TAT Technik Arbeit Transfer gGmbH</strong></p>"
                        "<p>Hovesaatstr. 6, 48432 Rheine, Deutschland</p>"
                        "<p>Telefon: +49 5971 990-101</p>"
                        "<p>Die TAT Technik Arbeit Transfer gGmbH koordinierte das Projekt "
                        "„KlimaPartnerschaft – Städtepartner übernehmen Klimaverantwortung“ "
                        "(Laufzeit 1. Juli 2012 bis 30. Juni 2014).</p>"
                    ),
                ),
                ("heading", "Texte und Bilder"),
                (
                    "paragraph",
                    (
                        "<p>Die Texte dieser Website wurden eigens für sie verfasst. Die Bilder "
                        "sind Illustrationen, die für diese Website gezeichnet wurden. Sie zeigen "
                        "die Partnerstädte und die Themen des Projekts, sind aber keine Aufnahmen "
                        "der Konferenzen oder Exkursionen; von diesen liegen der Website keine "
                        "Bilder vor.</p>"
                    ),
                ),
            ],
            "en": [
                ("heading", "Provider"),
                (
                    "paragraph",
                    (
                        "<p><strong>TAT Technik Arbeit Transfer gGmbH</strong></p>"
                        "<p>Hovesaatstr. 6, 48432 Rheine, Germany</p>"
                        "<p>Phone: +49 5971 990-101</p>"
                        "<p>TAT Technik Arbeit Transfer gGmbH coordinated the project “Climate "
                        "Partnership – twin towns take on climate responsibility” (project period "
                        "1 July 2012 to 30 June 2014).</p>"
                    ),
                ),
                ("heading", "Texts and images"),
                (
                    "paragraph",
                    (
                        "<p>The texts on this website were written specifically for it. The "
                        "pictures are illustrations made for this website. They show the partner "
                        "towns and the project's themes, but they are not records of the "
                        "conferences or excursions; the website has no pictures of those.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "privacy",
        "title": {"de": "Datenschutzerklärung", "en": "Privacy statement"},
        "slug": {"de": "datenschutz", "en": "privacy"},
        "search_description": {
            "de": (
                "Datenschutz auf der Website der KlimaPartnerschaft: kein Tracking, keine Cookies "
                "für Besucher, keine fremden Dienste."
            ),
            "en": (
                "Privacy on the Climate Partnership website: no tracking, no cookies for visitors, "
                "no third-party services."
            ),
        },
        "intro": {
            "de": (
                "Kurz gesagt: Diese Website verfolgt Sie nicht. Hier lesen Sie, welche Daten "
                "trotzdem anfallen und welche Rechte Sie haben."
            ),
            "en": (
                "In short: this website does not track you. Here you can read which data are still "
                "processed and what your rights are."
            ),
        },
        "body": {
            "de": [
                ("heading", "Verantwortlich"),
                (
                    "paragraph",
                    (
                        "<p>Verantwortlich für die Datenverarbeitung auf dieser Website ist die "
                        "<strong>TAT Technik Arbeit Transfer gGmbH</strong>, Hovesaatstr. 6, 48432 "
                        "Rheine, Deutschland, Telefon +49 5971 990-101.</p>"
                    ),
                ),
                ("heading", "Kein Tracking, keine fremden Dienste"),
                (
                    "paragraph",
                    (
                        "<p>Wir setzen keine Analyse-, Tracking- oder Werbedienste ein. Schriften, "
                        "Skripte und Karten werden nicht von fremden Servern geladen. Beim Besuch "
                        "dieser Website werden Ihre Daten daher nicht an solche Dienste "
                        "übermittelt.</p>"
                    ),
                ),
                ("heading", "Server-Logdaten"),
                (
                    "paragraph",
                    (
                        "<p>Wenn Sie eine Seite aufrufen, verarbeitet der Server Ihre IP-Adresse, "
                        "den Zeitpunkt des Abrufs und die aufgerufene Seite. Diese Daten brauchen "
                        "wir, um Ihnen die Website auszuliefern und sie vor Missbrauch und "
                        "Angriffen zu schützen.</p>"
                        "<p>Rechtsgrundlage ist unser berechtigtes Interesse an einem sicheren und "
                        "funktionsfähigen Angebot (Art. 6 Abs. 1 lit. f DSGVO).</p>"
                    ),
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>Für den Besuch dieser Website setzen wir keine Cookies. Es gibt nur "
                        "zwei technisch notwendige Ausnahmen:</p>"
                        "<ul>"
                        "<li>Redakteurinnen und Redakteure, die sich anmelden, erhalten ein "
                        "Sitzungscookie, damit sie angemeldet bleiben.</li>"
                        "<li>Auf Seiten mit einem Formular kann ein Sicherheitscookie gesetzt "
                        "werden, das vor gefälschten Anfragen schützt.</li>"
                        "</ul>"
                        "<p>Keines dieser Cookies dient dazu, Sie zu verfolgen.</p>"
                    ),
                ),
                ("heading", "Formular „Mitmachen“"),
                (
                    "paragraph",
                    (
                        "<p>Wenn Sie uns über das Formular „Mitmachen“ schreiben, speichern wir "
                        "Ihren Namen, Ihre E-Mail-Adresse, Ihre Stadt und Ihre Nachricht auf dem "
                        "Server dieser Website. Dort liest sie die Projektkoordination; "
                        "gegebenenfalls erhält sie die Nachricht auch per E-Mail. Wir verwenden "
                        "diese Angaben nur, um Ihre Nachricht zu bearbeiten und Ihnen zu "
                        "antworten.</p>"
                        "<p>Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). "
                        "Sie können sie jederzeit mit Wirkung für die Zukunft widerrufen.</p>"
                        "<p>Zum Schutz vor massenhaft verschickten Nachrichten merkt sich der "
                        "Server Ihre IP-Adresse für zehn Minuten, um die Zahl der Nachrichten je "
                        "Adresse zu begrenzen.</p>"
                    ),
                ),
                ("heading", "Ihre Rechte"),
                (
                    "paragraph",
                    (
                        "<p>Nach der Datenschutz-Grundverordnung (DSGVO) haben Sie das Recht "
                        "auf:</p>"
                        "<ul>"
                        "<li>Auskunft über die zu Ihrer Person verarbeiteten Daten (Art. 15),</li>"
                        "<li>Berichtigung unrichtiger Daten (Art. 16),</li>"
                        "<li>Löschung (Art. 17),</li>"
                        "<li>Einschränkung der Verarbeitung (Art. 18),</li>"
                        "<li>Widerspruch gegen die Verarbeitung (Art. 21),</li>"
                        "<li>Beschwerde bei einer Datenschutz-Aufsichtsbehörde (Art. 77).</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "Kontakt"),
                (
                    "paragraph",
                    (
                        "<p>Bei Fragen zum Datenschutz oder wenn Sie Ihre Rechte geltend machen "
                        "möchten, wenden Sie sich bitte an die TAT Technik Arbeit Transfer gGmbH, "
                        "Hovesaatstr. 6, 48432 Rheine, Telefon +49 5971 990-101.</p>"
                    ),
                ),
            ],
            "en": [
                ("heading", "Controller"),
                (
                    "paragraph",
                    (
                        "<p>The controller responsible for data processing on this website is "
                        "<strong>TAT Technik Arbeit Transfer gGmbH</strong>, Hovesaatstr. 6, 48432 "
                        "Rheine, Germany, phone +49 5971 990-101.</p>"
                    ),
                ),
                ("heading", "No tracking, no third-party services"),
                (
                    "paragraph",
                    (
                        "<p>We use no analytics, tracking or advertising services. No fonts, "
                        "scripts or maps are loaded from other servers, so visiting this website "
                        "does not pass your data on to such services.</p>"
                    ),
                ),
                ("heading", "Server log data"),
                (
                    "paragraph",
                    (
                        "<p>When you open a page, the server processes your IP address, the time "
                        "of the request and the page requested. We need these data to deliver the "
                        "website to you and to protect it against misuse and attacks.</p>"
                        "<p>The legal basis is our legitimate interest in a secure, working "
                        "website (Art. 6(1)(f) GDPR).</p>"
                    ),
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>We set no cookies when you visit this website, with just two "
                        "technically necessary exceptions:</p>"
                        "<ul>"
                        "<li>Editors who log in receive a session cookie so that they stay logged "
                        "in.</li>"
                        "<li>Pages with a form may set a security cookie that protects against "
                        "forged requests.</li>"
                        "</ul>"
                        "<p>None of these cookies is used to track you.</p>"
                    ),
                ),
                ("heading", "The “Get involved” form"),
                (
                    "paragraph",
                    (
                        "<p>When you write to us through the “Get involved” form, we store your "
                        "name, your e-mail address, your town and your message on this website's "
                        "server, where the project coordination reads them; it may also receive "
                        "your message by e-mail. We use these details only to deal with your "
                        "message and to answer you.</p>"
                        "<p>The legal basis is your consent (Art. 6(1)(a) GDPR). You can withdraw "
                        "it at any time with effect for the future.</p>"
                        "<p>To protect against messages sent in bulk, the server keeps your IP "
                        "address for ten minutes to limit the number of messages per address.</p>"
                    ),
                ),
                ("heading", "Your rights"),
                (
                    "paragraph",
                    (
                        "<p>Under the General Data Protection Regulation (GDPR) you have the right "
                        "to:</p>"
                        "<ul>"
                        "<li>access the data processed about you (Art. 15);</li>"
                        "<li>have incorrect data rectified (Art. 16);</li>"
                        "<li>have your data erased (Art. 17);</li>"
                        "<li>restrict processing (Art. 18);</li>"
                        "<li>object to processing (Art. 21);</li>"
                        "<li>lodge a complaint with a data protection supervisory authority (Art. "
                        "77).</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "Contact"),
                (
                    "paragraph",
                    (
                        "<p>If you have questions about data protection or wish to exercise your "
                        "rights, please contact TAT Technik Arbeit Transfer gGmbH, Hovesaatstr. 6, "
                        "48432 Rheine, Germany, phone +49 5971 990-101.</p>"
                    ),
                ),
            ],
        },
    },
]

# ---------------------------------------------------------------------------------------------
# Accessibility statement (BITV 2.0 / WCAG 2.1 AA), linked in the footer
# ---------------------------------------------------------------------------------------------

ACCESSIBILITY = {
    "key": "accessibility",
    "title": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
    "slug": {"de": "barrierefreiheit", "en": "accessibility"},
    "search_description": {
        "de": (
            "Wie barrierefrei die Website der KlimaPartnerschaft ist, was noch nicht "
            "barrierefrei ist und wie Sie uns Barrieren melden."
        ),
        "en": (
            "How accessible the Climate Partnership website is, what is not accessible yet and "
            "how to report a barrier to us."
        ),
    },
    "intro": {
        "de": (
            "Diese Website soll von allen Menschen genutzt werden können – am Smartphone wie am "
            "Computer, mit Tastatur, Maus oder Screenreader."
        ),
        "en": (
            "Everyone should be able to use this website – on a phone or a computer, with a "
            "keyboard, a mouse or a screen reader."
        ),
    },
    "body": {
        "de": [
            ("heading", "Für welche Inhalte gilt diese Erklärung?"),
            (
                "paragraph",
                (
                    "<p>Diese Erklärung gilt für die Website der KlimaPartnerschaft in deutscher "
                    "und englischer Sprache. Maßstab sind die Barrierefreie-Informationstechnik-"
                    "Verordnung (BITV 2.0) und die Web Content Accessibility Guidelines (WCAG) "
                    "2.1, Stufe AA.</p>"
                ),
            ),
            ("heading", "Was wir für die Barrierefreiheit tun"),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Alle Seiten lassen sich allein mit der Tastatur bedienen. Ein Link "
                    "„Zum Inhalt springen“ führt an der Navigation vorbei.</li>"
                    "<li>Die Seiten passen sich jeder Bildschirmbreite an und lassen sich "
                    "vergrößern.</li>"
                    "<li>Bilder haben Textalternativen auf Deutsch und Englisch.</li>"
                    "<li>Die Karte der Partnerstädte ist eine Grafik; dieselben Städte stehen "
                    "darunter auch als Liste mit Links.</li>"
                    "<li>Texte, die noch nicht übersetzt sind, werden als deutsch "
                    "ausgezeichnet, damit Screenreader sie richtig vorlesen.</li>"
                    "<li>Schriften, Skripte und Karten werden nicht von fremden Servern "
                    "geladen.</li>"
                    "</ul>"
                    "<p>Bei jeder Änderung der Website prüfen automatische Tests jede Seitenart "
                    "in beiden Sprachen in Smartphone- und Desktop-Breite mit dem Prüfwerkzeug "
                    "axe-core und testen die Bedienung mit der Tastatur.</p>"
                ),
            ),
            ("heading", "Der Projektflyer (PDF)"),
            (
                "paragraph",
                (
                    "<p>Den Projektflyer zum Herunterladen erstellt die Website selbst aus den "
                    "veröffentlichten Seiten, auf Deutsch und auf Englisch, und nach jeder "
                    "Änderung neu. Er ist ein getaggtes PDF nach PDF/UA-1: Überschriften, "
                    "Absätze, Listen und das EU-Emblem (mit Textalternative) sind in "
                    "Lesereihenfolge ausgezeichnet, Sprache und Titel sind angegeben, und die "
                    "Schrift ist eingebettet, sodass auch litauische oder portugiesische "
                    "Buchstaben richtig vorgelesen und kopiert werden. Automatische Tests "
                    "prüfen diese Auszeichnung; mit einem PDF/UA-Prüfprogramm wie veraPDF "
                    "oder PAC ist der Flyer bisher nicht geprüft worden.</p>"
                ),
            ),
            ("heading", "Was noch nicht barrierefrei ist"),
            (
                "paragraph",
                (
                    "<p>Dokumente, die die Redaktion hochlädt (zum Beispiel zu einer "
                    "Konferenz), werden nicht automatisch auf Barrierefreiheit geprüft. Wenn "
                    "ein solches Dokument für Sie nicht lesbar ist, senden wir Ihnen den "
                    "Inhalt gern in einer anderen Form.</p>"
                ),
            ),
            ("heading", "Barrieren melden"),
            (
                "paragraph",
                (
                    "<p>Sind Sie auf eine Barriere gestoßen, oder brauchen Sie einen Inhalt in "
                    "einer anderen Form? Dann melden Sie sich bitte bei der Koordinierungsstelle "
                    "des Projekts:</p>"
                    "<p><strong>TAT Technik Arbeit Transfer gGmbH</strong></p>"
                    "<p>Hovesaatstr. 6, 48432 Rheine, Deutschland</p>"
                    "<p>Telefon: +49 5971 990-101</p>"
                    "<p>Bitte beschreiben Sie, auf welcher Seite Sie welches Problem hatten.</p>"
                ),
            ),
        ],
        "en": [
            ("heading", "What this statement covers"),
            (
                "paragraph",
                (
                    "<p>This statement covers the Climate Partnership website in German and "
                    "English. The standards are the German Barrier-Free Information Technology "
                    "Ordinance (BITV 2.0) and the Web Content Accessibility Guidelines (WCAG) "
                    "2.1, level AA.</p>"
                ),
            ),
            ("heading", "What we do for accessibility"),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Every page can be used with a keyboard alone. A “Skip to content” link "
                    "leads past the navigation.</li>"
                    "<li>The pages adapt to any screen width and can be zoomed.</li>"
                    "<li>Images have text alternatives in German and English.</li>"
                    "<li>The map of the partner towns is a picture; the same towns are also "
                    "listed below it, with links.</li>"
                    "<li>Text that has not been translated yet is marked as German, so that "
                    "screen readers pronounce it correctly.</li>"
                    "<li>No fonts, scripts or maps are loaded from other servers.</li>"
                    "</ul>"
                    "<p>Whenever the website changes, automated tests check every kind of page "
                    "in both languages at phone and desktop widths with the axe-core checker, "
                    "and test using it with a keyboard.</p>"
                ),
            ),
            ("heading", "The project flyer (PDF)"),
            (
                "paragraph",
                (
                    "<p>The website makes the project flyer for download itself, from the "
                    "published pages, in German and in English, and again after every change. "
                    "It is a tagged PDF following PDF/UA-1: headings, paragraphs, lists and the "
                    "EU emblem (with a text alternative) are marked up in reading order, its "
                    "language and title are given, and its font is embedded, so Lithuanian or "
                    "Portuguese letters are read aloud and copied correctly. Automated tests "
                    "check this mark-up; the flyer has not yet been checked with a PDF/UA "
                    "checker such as veraPDF or PAC.</p>"
                ),
            ),
            ("heading", "What is not accessible yet"),
            (
                "paragraph",
                (
                    "<p>Documents that the editors upload (for a conference, for example) are "
                    "not checked for accessibility automatically. If such a document is not "
                    "readable for you, we will gladly send you its content in another "
                    "form.</p>"
                ),
            ),
            ("heading", "Report a barrier"),
            (
                "paragraph",
                (
                    "<p>Have you come across a barrier, or do you need some content in another "
                    "form? Please contact the project's coordinator:</p>"
                    "<p><strong>TAT Technik Arbeit Transfer gGmbH</strong></p>"
                    "<p>Hovesaatstr. 6, 48432 Rheine, Germany</p>"
                    "<p>Phone: +49 5971 990-101</p>"
                    "<p>Please tell us on which page you had which problem.</p>"
                ),
            ),
        ],
    },
}
