"""Every word list attribution reads: verbs, honorifics, titles, role nouns, names.

Kept in one place so the lexicon can grow without touching the logic. Lists are
written as space-separated strings (easy to read and edit) and turned into sets by
:func:`word_set`; the few lists that feed regular expressions stay as ``|``-joined
alternations.
"""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and edit)."""
    return frozenset(words.split())


def first_letters(*alternations: str) -> str:
    """The characters an alternation of words can start with, for a lookahead class."""
    starts = {w.lstrip("(?:")[:1] for a in alternations for w in a.split("|")}
    return "".join(sorted(starts - {""}))


# -- reporting verbs -----------------------------------------------------------
FINITE = (
    "said|says|say|told|tells|added|adds|claimed|claims|insisted|insists|warned|warns|"
    "explained|explains|stated|states|argued|argues|noted|notes|commented|comments|"
    "remarked|replied|replies|responded|admitted|admits|acknowledged|declared|declares|"
    "announced|suggested|suggests|urged|urges|wrote|writes|asked|asks|continued|"
    "concluded|stressed|stresses|maintained|maintains|predicted|predicts|described|"
    "describes|confirmed|confirms|denied|denies|revealed|reveals|recalled|recalls|"
    "agreed|agrees|joked|jokes|conceded|concedes|boasted|complained|complains|vowed|"
    "vows|pledged|promised|promises|accused|accuses|called|calls|hailed|criticised|"
    "criticized|mused|observed|observes|emphasised|emphasized|tweeted|"
    "posted|cautioned|explained|believes|feels|felt|thinks|hopes|hoped|expects|fears|"
    "dubbed|branded|labelled|labeled|suggest|warn|claim|insist|argue|admit|describe|"
    "predict|accuse|deny|confirm|reveal|explain|add"
)
PARTICIPLE = (
    "saying|telling|adding|claiming|insisting|warning|explaining|arguing|noting|"
    "stating|writing|describing|declaring|admitting|urging|asking|stressing|"
    "commenting|calling|accusing|vowing|promising|revealing|suggesting|replying|"
    "responding"
)
# Verbs of thinking only attribute words quoted inside their own sentence.
WEAK = word_set("believes feels felt thinks hopes hoped expects fears")
# Naming verbs attribute only in the active voice: "X dubbed it "Q"", not "it was dubbed".
NAMING = word_set("dubbed branded labelled labeled called")
# Cue words that are also plural nouns, and the company that gives the noun away.
NOUN_LIKE = word_set(
    "claims comments notes states calls reports remarks replies promises pledges vows "
    "accuses warns fears hopes"
)

# -- who speaks without a name -------------------------------------------------
# People who speak without a name ("a spokesman", "officials").
PERSON_NOUNS = (
    "spokes(?:man|woman|person|people)|representatives?|officials?|sources?|ministers?|"
    "manager|boss|coach|analysts?|experts?|lawyers?|chairman|chairwoman|chief executive|"
    "director|judges?|campaigners?|researchers?|scientists?|doctors?|singer|star|actor|"
    "actress|players?|striker|captain|insiders?|aides?|friends?|critics?|residents?|"
    "witness(?:es)?|fans?|observers?|economists?|prosecutors?|investigators?|officers?|"
    "teachers?|parents?|workers?|members?|executives?|employees?|partners?|supporters?|"
    "MPs?|leaders?|organisers|organizers|staff"
)
# Bodies that speak ("the company said", "the report said").
BODY_NOUNS = (
    "company|firm|group|newspaper|paper|report|government|ministry|department|police|"
    "union|club|team|organisation|organization|agency|bank|court|council|charity|"
    "website|magazine|study|survey|band|authorities|regulators?|panel|jury|"
    "broadcaster|network|studio|label|publisher|retailer|airline|carrier|operator|"
    "watchdog|federation|association|committee|body"
)
DETERMINERS = (
    "A|a|An|an|The|the|One|one|His|his|Her|her|Its|its|Their|their|Some|some|Two|two|"
    "Several|several"
)
# -- honorifics, titles and other words around names ---------------------------
HONORIFICS = word_set(
    "Mr Mrs Ms Miss Mx Dr Sir Lord Lady Dame Prof Professor Rev Reverend Baroness Baron "
    "Cllr Councillor Judge Justice Sen Senator Rep Gov Governor Prince Princess King Queen "
    "Pope Sheikh Gen General Capt Captain Col Colonel Sgt Sergeant Insp Inspector Det "
    "Supt Superintendent Commissioner Chancellor President Mayor Archbishop Bishop"
)
# Honorifics that are also ordinary title words only count before a surname.
TITLE_HONORIFICS = word_set("General Chancellor President Mayor Justice Judge")
# Honorifics used with a first name: "Sir Alex", "Dame Kelly".
FIRST_NAME_HONORIFICS = word_set("Sir Dame")
MALE = word_set("Mr Sir Lord Baron Prince King")
FEMALE = word_set("Mrs Ms Miss Lady Dame Baroness Princess Queen")
# Job titles: in "Unite General Secretary Len McCluskey" the name is what follows.
TITLE_WORDS = word_set(
    "Secretary General Chancellor Minister Leader Leaders MP MPs MEP MSP AM Chief Executive "
    "Chairman Chairwoman Chair President Director Manager Coach Captain Spokesman "
    "Spokeswoman Governor Senator Deputy Shadow Prime Premier Editor Commissioner Mayor "
    "Boss Head Officer Founder Correspondent Analyst Economist Ambassador Treasurer "
    "Attorney Judge Justice Professor Leader Member Striker Midfielder Defender Keeper "
    "Goalkeeper Winger Forward Manager Chief Inspector Superintendent Constable "
    "Dutchman Frenchman Englishman Irishman Scotsman Welshman Countryman Skipper "
    "Broadcaster Singer Actor Actress Presenter Comedian Model Author Writer Novelist "
    "Designer Artist Producer Rapper Musician Chef Sprinter Star Veteran Legend Guitarist "
    "Drummer Bassist Vocalist Frontman Film-maker Filmmaker Playwright Poet Photographer "
    "Teenager Youngster Rookie Midfielder Scrum-half Fly-half Prop Hooker Flanker Lock "
    "Spaniard Swede Dane Briton Scot Australian American German Italian Russian Belgian "
    "Argentine Brazilian Kenyan Croat Serb Swiss Czech"
)
# Words that make a capitalised run an organisation, place or thing, not a person.
ORG_WORDS = word_set(
    "New Choir Band Affairs Electric Park Forest Villa Palace Rovers Athletic Albion "
    "Wanderers Hotspur Sharks Tigers Saints Wasps Falcons Bulls Blues Dragons Scarlets "
    "Ospreys Warriors Rhinos Wolves Lions Quins Bears Giants Premiership Premier Division "
    "Rangers Celtic Lib Dem Dems Christmas Easter Slam Crown Nations Olympics Olympic Games St "
    "Open "
    "Party Union Unions Mail Times Post News Press Herald Telegraph Guardian Journal "
    "Council Government Ministry Department Office Bank Group Court Commission Committee "
    "Board Authority Agency Association Federation Foundation Institute University College "
    "School Hospital Trust Service Services Club United City Town County Street Road "
    "Centre Center Company Corporation Corp Inc Ltd Plc PLC Holdings Airlines Airways "
    "Motors Energy Capital Partners Fund Markets Exchange Network Networks Systems "
    "Technologies Software Media Studios Records Pictures Entertainment Games League Cup "
    "Championship Cup Labour Conservative Conservatives Tory Tories Democrats Republicans "
    "Liberal Democrat Republican Greens West East North South Northern Southern "
    "Western Eastern Midlands Kingdom States Republic Europe European America American "
    "Britain British England English Scotland Scottish Wales Welsh Ireland Irish France "
    "French Germany German China Chinese Japan Japanese India Indian Russia Russian Union "
    "Day Week Year Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April June July August September October November December "
    "Commons Lords Parliament Senate Congress Assembly Cabinet Treasury Police Army Navy "
    "Force Museum Theatre Festival Awards Award Prize Oscars Grammy Brit Brits Show Live "
    "Online Internet Web Mobile Phone Microsoft Google Apple Sony Nintendo Yahoo BBC ITV"
)
# Capitalised words that start sentences or clauses and are not names.
STOP_WORDS = word_set(
    "The A An And But Or So Yet If When While Whilst Where Why How What Who Which Whose "
    "Now Then Today Yesterday Tomorrow Meanwhile However Although Though After Before "
    "Since Until As At In On Of For From To With Without By About Into Over Under Last "
    "Next This That These Those There Here It Its It's He She They We I You His Her Their "
    "Our My Your Some Many Most Much More All Both Each Every Other Another Such No Not "
    "Mr Mrs Ms Dr Also Only Even Just Still Already Instead Indeed Earlier Later Asked "
    "Speaking Despite During Following Under Among Between Against According Under "
    "Once Twice First Second Third Chief Former Ex Senior Junior Top Its "
    "Unlike Like Given Having Being Let Please Yes Oh Well Why Because Whether Whatever "
    "Thanks Thank Sadly Overall Currently Recently Previously Finally Eventually One Two Again "
    "Three Four Five Six Seven Eight Nine Ten Mrs Miss Several Few"
)
CALENDAR_WORDS = word_set(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December"
)
POSTNOMINALS = word_set("QC KC MP MPs MEP MSP AM OBE CBE MBE KBE DBE Jr Sr PhD")
# Words a speaker label never starts with when it is a name.
NOT_NAME_STARTS = word_set("he she they it the a an his her its their one some")

# -- small words of phrases and sentences ---------------------------------------
PHRASE_ARTICLES = word_set("The the A a An an His his Her her Their their Its its One one")
# Words that cannot sit inside a speaker's noun phrase ("a privileged position and").
NOT_IN_PHRASE = word_set(
    "and or but that which who whom whose was were is are be been has had have will would "
    "can could may might to of in on at by with as if than then so - – —"
)
AUXILIARIES = word_set(
    "has had have also later then previously once again was were is would will earlier"
)
# Verbs after which the speaker is never named ("told the BBC" names the listener).
LISTENER_VERBS = word_set("told tells telling asked asks")
ABBREVIATIONS = word_set(
    "Mr Mrs Ms Dr St Mt Jr Sr No Nos vs Prof Rev Gen Sen Rep Gov Capt Col Sgt Lt Co Corp "
    "Inc Ltd Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec U.S U.K e.g i.e etc"
)
ARTICLE_WORDS = word_set("a an the one his her its their some two several")


# Head words of "the ..." phrases that point back to a person named earlier:
# "the Dutchman", "the 23-year-old", "the Arsenal boss" (a regular-expression
# alternation). Offices ("the chancellor", "the prime minister") are not here: they
# name whoever holds the office, often not the person named just before.
REFERENCE_HEADS = (
    r"\d+-year-old|[A-Z][a-z]+(?:man|woman|an|ese|ish|i)|Scot|Briton|Spaniard|Swede|"
    r"Dane|Pole|Finn|Turk|Swiss|Kiwi|Aussie|champion|star|striker|midfielder|defender|"
    r"winger|keeper|goalkeeper|forward|manager|boss|coach|captain|skipper|player|singer|"
    r"actor|actress|veteran|youngster|teenager|rider|driver|rookie|musician|rapper|"
    r"comedian|presenter|author|writer|novelist|designer|artist|producer|frontman|prop|"
    r"hooker|lock|flanker|fly-half|scrum-half|centre|full-back|wing|number eight|batsman|"
    r"bowler|sprinter|runner|athlete|boxer|golfer|jockey|trainer"
)
# "Michael Jackson's mother said": relatives and agents who speak for a named person.
KIN_NOUNS = (
    "mother|father|wife|husband|son|daughter|brother|sister|family|agent|widow|girlfriend|boyfriend"
)
# Words that never sit between a determiner and its noun ("The newspaper quoted the
# executive" is two phrases, not one).
NOT_MODIFIERS = (
    "the|a|an|and|or|but|of|to|in|on|at|by|for|with|as|that|which|who|was|were|is|"
    "are|has|had|have|said|says|told|quoted|added"
)
# Prepositions whose object is a complement, not the speaker ("X of the FBI said").
COMPLEMENT_PREPOSITIONS = "of|from|at|for|with|in"
# Lower-case particles inside surnames ("Ruud van Nistelrooy").
NAME_PARTICLES = word_set("de da van von der del bin al le di")
# Abbreviated honorifics written with a full stop ("Mr.", "Gen.").
DOTTED_HONORIFICS = word_set("Mr Mrs Ms Dr Prof Rev Gen Sen Rep Gov Capt Col Sgt Insp Det Supt")

# -- given names by usual gender (a hint for he/she; names used for both left out)
FEMALE_NAMES = word_set(
    "Abigail Ada Agnes Aileen Alexandra Alice Alicia Alison Amanda Amelia Amelie Amy "
    "Anastasia Andrea Angela Angelina Anita Ann Anna Anne Annette Annie Anya Ashanti Audrey "
    "Avril Barbara Beatrice Beth Bethany Beyonce Brenda Bridget Britney Caitlin Camilla "
    "Carla Carmen Carol Caroline Carolyn Catherine Cate Cathy Celine Charlize Charlotte "
    "Cherie Cheryl Chloe Christina Christine Claire Clare Claudia Condoleezza Courtney "
    "Cynthia Daisy Daniela Dawn Debbie Deborah Denise Diana Diane Dido Donna Doris Dorothy "
    "Edith Elaine Eleanor Elena Elizabeth Ella Ellen Emily Emma Erica Estelle Esther Eva "
    "Eve Evelyn Fiona Florence Frances Gemma Germaine Gillian Gina Gloria Grace Gwen "
    "Gwyneth Halle Hannah Harriet Hazel Heather Helen Helena Hilary Hillary Holly Imelda "
    "Irene Isabel Isabella Jackie Jacqueline Jade Jamelia Jan Jane Janet Janice Jean "
    "Jennifer Jenny Jessica Jill Jo Joan Joanna Joanne Josephine Joss Joy Joyce Judith "
    "Judy Julia Julie Juliet Justine Karen Kate Katherine Kathleen Kathryn Katie Katy "
    "Keira Kelly Kerry Kim Kirsty Kylie Laura Lauren Leah Liz Lily Linda Lindsay Lisa "
    "Liza Lorraine Louise Lucy Lynn Lynne Madonna Margaret Maria Marie Marion Martina "
    "Mary Maureen Megan Melanie Melissa Michelle Monica Nancy Naomi Natalie Natasha Nicola "
    "Nicole Nina Norah Olivia Pamela Patricia Paula Pauline Penelope Penny Rachel Rebecca "
    "Rita Rosa Rose Rosie Ruth Sally Samantha Sandra Sara Sarah Scarlett Serena Shania "
    "Sharon Sheila Shirley Sian Sonia Sophie Stella Stephanie Sue Susan Suzanne Svetlana "
    "Tamsin Tanya Teresa Tessa Theresa Tina Tracey Tracy Ulrika Valerie Vanessa Venus "
    "Victoria Virginia Wendy Whitney Yvonne Zoe"
)
MALE_NAMES = word_set(
    "Aaron Adam Adrian Alan Alastair Albert Alex Alexander Alfred Alistair Andre Andrew "
    "Andy Angus Anthony Antonio Archie Arnold Arsene Arthur Barry Ben Benjamin Bernard "
    "Bill Billy Bob Bobby Brad Brian Bruce Bruno Carl Carlos Charles Charlie Chris "
    "Christian Christopher Clive Colin Craig Damien Dan Daniel Danny Darren Dave David "
    "Dean Dennis Derek Dominic Don Donald Douglas Duncan Eddie Edward Eric Ernest Frank "
    "Fred Frederick Gareth Gary Gavin Geoff Geoffrey George Gerard Gerry Gordon Graeme "
    "Graham Greg Gregory Harry Henry Howard Hugh Iain Ian Jack Jacques Jake James Jamie "
    "Jason Jeff Jeremy Jerry Jim Jimmy Joe John Johnny Jonathan Jose Joseph Juan Keith "
    "Ken Kenneth Kevin Kieran Kofi Larry Laurent Lee Len Leonard Liam Lewis Luis "
    "Malcolm Marc Marco Mark Martin Matt Matthew Michael Mick Mike Neil Nicholas Nick "
    "Nigel Noel Oliver Oscar Owen Patrick Paul Pedro Pete Peter Phil Philip Pierre "
    "Rafael Ralph Ray Raymond Richard Rick Rob Robbie Robert Robin Rod Roger Ron Ronald "
    "Ross Roy Rupert Russell Ryan Sam Samuel Scott Sean Sebastian Simon Stan Stanley "
    "Stephen Steve Steven Stewart Stuart Ted Terry Thomas Tim Timothy Tom Tommy Tony "
    "Trevor Vincent Walter Wayne William Willie Yves"
)


# -- titles of works (tui/core/titles.py) ---------------------------------------
# Nouns for works that are named by a quoted title ("the film 'Ray'", "the 'Today'
# programme").
WORK_NOUNS = (
    "album|albums|film|films|movie|movies|book|books|novel|novels|show|shows|programme|"
    "programmes|program|series|song|songs|single|singles|play|plays|musical|musicals|"
    "opera|operas|documentary|documentaries|sitcom|drama|dramas|comedy|thriller|memoir|"
    "autobiography|biography|poem|poems|painting|paintings|track|tracks|record|records|"
    "EP|LP|CD|DVD|video|videos|game|games|episode|episodes|exhibition|campaign|slogan|"
    "motto|anthem|hymn|ballad|anthology|collection|ballet|sequel|remake|column|blog|"
    "podcast|cartoon|soap|miniseries|trilogy|hit|hits|tune|catchphrase|headline|feature"
)
# Verbs that announce a title whatever precedes them ("a report entitled 'X'").
TITLE_VERBS = "titled|entitled|retitled"
# Words a title may leave in lower case ("Gone with the Wind").
TITLE_SMALL_WORDS = word_set(
    "a an the and or nor but of in on at to for with by from as is are was be it its "
    "vs v de la le du des der die das von van y"
)
