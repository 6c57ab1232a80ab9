-- Editorial content, not schema: a repeatable migration that adds the first four information pages
-- where they are missing and never overwrites what staff have edited (on conflict do nothing). It
-- runs after the versioned migrations, again only when this file changes.
-- The first four information pages. Swedish, easy-to-read Swedish and English are written by the
-- city (reviewed); the minority languages are drafts for the language consultants. "How to take
-- part in a dialogue" is deliberately not yet in Meänkieli: readers get Finnish with a notice.
insert into information_page (slug, position) values
    ('nationella-minoriteter', 10),
    ('klaga-pa-diskriminering', 20),
    ('delta-i-en-dialog', 30),
    ('om-mr-programmet', 40)
on conflict (slug) do nothing;

insert into information_page_text (page_id, language, title, body, status, updated_by)
select p.id, v.language, v.title, v.body, v.status, 'seed'
from (values
('nationella-minoriteter', 'sv', 'Dina rättigheter som nationell minoritet', $$Sverige har fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar. Deras språk är jiddisch, romani chib, samiska, finska och meänkieli.

## Det här har du rätt till
- Att få information om dina rättigheter på ditt språk.
- Att använda finska, meänkieli eller samiska i kontakt med staden i de delar där lagen ger den rätten, och att få svar på samma språk.
- Förskola och äldreomsorg helt eller delvis på ditt språk när staden kan erbjuda det.
- Att vara med och påverka frågor som rör dig, genom samråd med staden.

## Staden arbetar med detta
Stockholms stad har en handlingsplan för de nationella minoriteternas rättigheter. Den hör till stadens program för mänskliga rättigheter.

Om du inte fått det du har rätt till kan du [lämna ett klagomål](klagomal).$$, 'REVIEWED'),
('nationella-minoriteter', 'lattlast', 'Dina rättigheter som nationell minoritet', $$I Sverige finns fem nationella minoriteter. Det är judar, romer, samer, sverigefinnar och tornedalingar.

## Det här har du rätt till
- Du har rätt att få information på ditt eget språk.
- Du kan ibland prata finska, meänkieli eller samiska med staden.
- Ditt barn kan ibland gå i förskola på ditt språk.
- Du får vara med och tycka till om frågor som gäller dig.

Har du inte fått din rätt? Då kan du [klaga](klagomal).$$, 'REVIEWED'),
('nationella-minoriteter', 'en', 'Your rights as a national minority', $$Sweden has five national minorities: Jews, Roma, Sami, Sweden Finns and Tornedalians. Their languages are Yiddish, Romani chib, Sami, Finnish and Meänkieli.

## Your rights
- To be informed about your rights in your own language.
- To use Finnish, Meänkieli or Sami with the city where the law gives that right, and to be answered in the same language.
- Preschool and elderly care wholly or partly in your language where the city can offer it.
- To take part in decisions that concern you, through consultations with the city.

## What the city does
The City of Stockholm has an action plan for the rights of the national minorities, part of its programme for human rights.

If you did not get what you have a right to, you can [make a complaint](klagomal).$$, 'REVIEWED'),
('nationella-minoriteter', 'fi', 'Oikeutesi kansallisena vähemmistönä', $$Ruotsissa on viisi kansallista vähemmistöä: juutalaiset, romanit, saamelaiset, ruotsinsuomalaiset ja tornionlaaksolaiset.

## Oikeutesi
- Saada tietoa oikeuksistasi omalla kielelläsi.
- Käyttää suomea kaupungin kanssa silloin, kun laki antaa siihen oikeuden, ja saada vastaus samalla kielellä.
- Esikoulu ja vanhustenhoito kokonaan tai osittain suomeksi, kun kaupunki voi tarjota sitä.
- Osallistua sinua koskeviin asioihin kaupungin kanssa käytävissä kuulemisissa.

Jos et saanut sitä, mihin sinulla on oikeus, voit [tehdä valituksen](klagomal).$$, 'DRAFT'),
('nationella-minoriteter', 'fit', 'Sinun oikeuet kansalisena vähemmistönä', $$Ruottissa oon viisi kansalista vähemmistöä: juutalaiset, romaanit, saamelaiset, ruottinsuomalaiset ja tornionlaaksolaiset.

## Sinun oikeuet
- Saaja tietoa oikeuksista omala kielelä.
- Käyttää meänkieltä kaupungin kansa ko laki antaa sen oikeuen.
- Olla myötä ja vaikuttaa asioihin jokka koskevat sinua.

Jos et saanu sitä mihin sulla oon oikeus, saatat [tehhä valituksen](klagomal).$$, 'DRAFT'),
('nationella-minoriteter', 'se', 'Du vuoigatvuođat álbmotlaš unnitlohkun', $$Ruoŧas leat vihtta álbmotlaš unnitlogu: juvddálaččat, romát, sámit, ruoŧasuopmelaččat ja durdnosleagevuopmelaččat.

## Du vuoigatvuođat
- Oažžut dieđuid du vuoigatvuođaid birra iežat gillii.
- Geavahit sámegiela gávpogiin go láhka dan addá.
- Searvat áššiide mat gusket dutnje.

Jus it ožžon dan mii dutnje gullá, sáhtát [čállit váidaga](klagomal).$$, 'DRAFT'),
('nationella-minoriteter', 'smj', 'Duv riektá nasjåvnålasj unneplågon', $$Svierigin li vihtta nasjåvnålasj unneplågo: juvdára, romaj, sáme, svieriga suomelattja ja duornosjåhkålattja.

## Duv riektá
- Oadtjot diedojt duv riektáj birra ietjat gielan.
- Adnet sámegielav stádajn gå láhka dav vaddá.
- Oasseváldet áššijda ma duv guoskadi.

Jus i oadtjum dav mij dunji gullu, máhtá [váidágav tjállet](klagomal).$$, 'DRAFT'),
('nationella-minoriteter', 'sma', 'Dov reaktah åålmegen unnebelåhkojne', $$Sveerjesne vijhte åålmegen unnebelåhkoeh: jevrieh, romerh, saemieh, sveerjesuemieh jïh tornedaaleh.

## Dov reaktah
- Bïevnesh dov reaktaj bïjre jïjtje gïelesne åadtjodh.
- Saemien gïelem staarine nuhtjedh gosse laake dam vadta.
- Meatan årrodh gyhtjelassine mah dutnjien guektiegïelen.

Jis ih leah åådtjeme maam dov reakta, maahtah [ryöjredidh](klagomal).$$, 'DRAFT'),
('nationella-minoriteter', 'rom', 'Tire xakaja sar nacionalno minoriteto', $$Ande Švedija si pandž nacionalne minoritetura: e Jevrejura, e Roma, e Sami, e Švedijake Finura thaj e Tornedalura.

## Tire xakaja
- Te aves informirime pa tire xakaja ande tiri čhib.
- Te les than ande diskucie save dikhen tut.

Te na line so si tiro xakaj, šaj te [des žalba](klagomal).$$, 'DRAFT'),
('nationella-minoriteter', 'yi', 'אײַערע רעכט ווי אַ נאַציאָנאַלע מינאָריטעט', $$שוועדן האָט פֿינף נאַציאָנאַלע מינאָריטעטן: ייִדן, ראָמאַ, סאַמען, שוועדישע פֿינען און טאָרנעדאַלער. זייערע שפּראַכן זענען ייִדיש, ראָמאַני, סאַמיש, פֿיניש און מעאַנקיעלי.

## אײַערע רעכט
- צו באַקומען אינפֿאָרמאַציע וועגן אײַערע רעכט אין אײַער שפּראַך.
- אָנטייל צו נעמען אין באַשלוסן וואָס באַטרעפֿן אײַך.

אויב איר האָט נישט באַקומען וואָס אײַך קומט, קענט איר [זיך באַקלאָגן](klagomal).$$, 'DRAFT'),

('klaga-pa-diskriminering', 'sv', 'Så klagar du på diskriminering', $$Har du blivit illa bemött av stadens personal, eller var en verksamhet inte tillgänglig för dig? Då kan du lämna ett klagomål här i Medverka.

## Så gör du
1. Gå till [Lämna klagomål](klagomal).
2. Berätta vad som hände, var och när.
3. Välj om det gäller någon av diskrimineringsgrunderna: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder. Du kan välja flera – eller ”vet inte”.
4. Du kan vara anonym. Vill du ha svar lämnar du dina kontaktuppgifter.

Du får ett ärendenummer och en kvittokod direkt. Klagomålet går till den nämnd som ansvarar för verksamheten. Bara den nämndens personal kan läsa det.$$, 'REVIEWED'),
('klaga-pa-diskriminering', 'lattlast', 'Så klagar du på diskriminering', $$Blev du illa behandlad av någon som arbetar i staden? Eller kom du inte in i en lokal? Då kan du klaga.

## Så gör du
1. Gå till [Lämna klagomål](klagomal).
2. Skriv vad som hände.
3. Du behöver inte skriva ditt namn.

Du får ett nummer direkt. Med numret kan du se vad som händer med ditt klagomål.$$, 'REVIEWED'),
('klaga-pa-diskriminering', 'en', 'How to complain about discrimination', $$Were you treated badly by the city's staff, or was a service not accessible to you? You can make a complaint here in Medverka.

## How to do it
1. Go to [Make a complaint](klagomal).
2. Tell us what happened, where and when.
3. Choose whether it concerns one of the grounds of discrimination: sex, transgender identity or expression, ethnicity, religion or other belief, disability, sexual orientation or age. You may choose several – or "don't know".
4. You may stay anonymous. If you want an answer, leave your contact details.

You get a case number and a receipt code at once. The complaint goes to the committee responsible for the service. Only that committee's staff can read it.$$, 'REVIEWED'),
('klaga-pa-diskriminering', 'fi', 'Näin teet valituksen syrjinnästä', $$Kohteliko kaupungin henkilökunta sinua huonosti, tai eikö jokin palvelu ollut sinulle esteetön? Voit tehdä valituksen täällä Medverkassa.

1. Siirry kohtaan [Tee valitus](klagomal).
2. Kerro, mitä tapahtui, missä ja milloin.
3. Voit pysyä nimettömänä.

Saat heti asianumeron ja kuittauskoodin. Valitus menee palvelusta vastaavalle lautakunnalle.$$, 'DRAFT'),
('klaga-pa-diskriminering', 'fit', 'Näin sie valitat syrjinästä', $$Kohtelikko kaupungin henkilökunta sinua huonosti, eli eikö joku palvelus ollu sinule esteetön? Sie saatat tehhä valituksen tääläkö.

1. Mene [Tehe valitus](klagomal).
2. Kerro mitä tapahtu, missä ja milloin.
3. Sie saatat olla nimetön.

Sie saat heti asianumeron.$$, 'DRAFT'),
('klaga-pa-diskriminering', 'se', 'Nu váidalat vealaheami birra', $$Leigo gávpoga bargit meannudan du heajut, dahje ii lean bálvalus dutnje olahahtti? Sáhtát čállit váidaga dás.

1. Mana [Čále váidaga](klagomal).
2. Muital mii dáhpáhuvai, gos ja goas.
3. Sáhtát leat namahis.

Oaččut áššenumara dakkaviđe.$$, 'DRAFT'),
('klaga-pa-diskriminering', 'smj', 'Nåv váidá vealaheame birra', $$Liggá stáda bargge duv fábmudam, jali ij lim dievnastus dunji juksamláhkáj? Máhtá váidágav dánna tjállet.

1. Mana [Tjále váidágav](klagomal).
2. Subtsasta mij dáhpáduváj, gånnå ja goassa.
3. Máhtá namá dagi liehket.$$, 'DRAFT'),
('klaga-pa-diskriminering', 'sma', 'Naemhtie ryöjredh juekedimmien bïjre', $$Staaren barkijh dov nåakede meatan orreme, jallh ij lij dïenesje dutnjien jaksehke? Maahtah daesnie ryöjredidh.

1. Mïnnh [Ryöjredh](klagomal).
2. Soptsesth mij sjugniedi, gusnie jïh gåessie.
3. Maahtah nommem kaarhtjodh.$$, 'DRAFT'),
('klaga-pa-diskriminering', 'rom', 'Sar te des žalba pa diskriminacija', $$Naj ponašisardem tusa šukar e forosko butjara, vaj naj sas jekh servisi resavdo tuke? Šaj te des žalba kathe.

1. Dža ko [De žalba](klagomal).
2. Phen so sas, kaj thaj kana.
3. Šaj te ačhes bi anavesko.$$, 'DRAFT'),
('klaga-pa-diskriminering', 'yi', 'ווי אַזוי זיך צו באַקלאָגן וועגן דיסקרימינאַציע', $$האָט דער שטאָטס פּערסאָנאַל אײַך שלעכט באַהאַנדלט, אָדער איז אַ סערוויס נישט געווען צוגענגלעך פֿאַר אײַך? איר קענט זיך דאָ באַקלאָגן.

1. גייט צו [באַקלאָגט זיך](klagomal).
2. דערציילט וואָס איז געשען, וווּ און ווען.
3. איר מעגט בלײַבן אַנאָנים.$$, 'DRAFT'),

('delta-i-en-dialog', 'sv', 'Så deltar du i en medborgardialog', $$I en medborgardialog frågar staden vad du tycker innan något bestäms – om en park, en skola, en trafikfråga eller annat i ditt område.

## Så gör du
- Se vilka dialoger som är öppna under [Dialoger](dialog).
- Svara på frågorna, lämna ett förslag eller kommentera andras.
- En dialog är öppen en bestämd tid. Efteråt berättar staden vad den gjorde med det som kom in.

Barn och unga har egna frågor, skrivna för deras ålder, under [Barn och unga](barn). De behöver aldrig skriva sitt namn.$$, 'REVIEWED'),
('delta-i-en-dialog', 'lattlast', 'Så är du med i en dialog', $$Ibland vill staden veta vad du tycker. Det kallas medborgardialog.

- Gå till [Dialoger](dialog).
- Svara på frågorna.
- Efteråt berättar staden vad den gjorde.

Barn och unga har egna frågor under [Barn och unga](barn).$$, 'REVIEWED'),
('delta-i-en-dialog', 'en', 'How to take part in a dialogue', $$In a citizen dialogue the city asks what you think before something is decided – about a park, a school, traffic or something else in your area.

## How to do it
- See which dialogues are open under [Dialogues](dialog).
- Answer the questions, send a proposal or comment on others'.
- A dialogue is open for a set time. Afterwards the city tells you what it did with what came in.

Children and young people have questions of their own, written for their age, under [Children and young people](barn). They never give their name.$$, 'REVIEWED'),
('delta-i-en-dialog', 'fi', 'Näin osallistut kansalaiskeskusteluun', $$Kansalaiskeskustelussa kaupunki kysyy mielipidettäsi ennen kuin jotain päätetään – puistosta, koulusta, liikenteestä tai muusta asuinalueesi asiasta.

- Katso avoimet keskustelut kohdasta [Dialogit](dialog).
- Vastaa kysymyksiin, tee ehdotus tai kommentoi.
- Keskustelu on auki tietyn ajan. Sen jälkeen kaupunki kertoo, mitä se teki saamillaan vastauksilla.$$, 'DRAFT'),
('delta-i-en-dialog', 'se', 'Nu searvvat ássiidgulahallamii', $$Ássiidgulahallamis gávpot jearrá maid don oaivvildat ovdal go juoga mearriduvvo.

- Geahča rabas gulahallamiid: [Dialogat](dialog).
- Vástit gažaldagaide dahje ovddit evttohusa.
- Maŋŋil gávpot muitala maid dagai.$$, 'DRAFT'),
('delta-i-en-dialog', 'smj', 'Nåv oasseválda årroj ságastallamij', $$Årroj ságastallamin stáda gatját mij duv oajvvel åvdål gå juoga mierreduvvá.

- Gehtja rabás ságastallamijt: [Dialåga](dialog).
- Vásstedi gatjálvisájda.$$, 'DRAFT'),
('delta-i-en-dialog', 'sma', 'Naemhtie meatan årrodh ålmetjesaemesjimmesne', $$Ålmetjesaemesjimmesne staare gihtjie maam datne ussjedh åvteli naaken nænnoestamme.

- Vuejnieh rïhpes saemesjimmieh: [Dialogh](dialog).
- Vaestedh gyhtjelassh.$$, 'DRAFT'),
('delta-i-en-dialog', 'rom', 'Sar te les than ande jekh dialogo', $$Ande jekh dialogo o foro phučel so gindis, angla so vareso si decidime.

- Dikh e phutarde dialogura: [Dialogura](dialog).
- De duma pe pučhimata.$$, 'DRAFT'),
('delta-i-en-dialog', 'yi', 'ווי אַזוי אָנטייל צו נעמען אין אַ דיאַלאָג', $$אין אַ בירגער־דיאַלאָג פֿרעגט די שטאָט וואָס איר מיינט איידער מע באַשליסט עפּעס.

- זעט די אָפֿענע דיאַלאָגן: [דיאַלאָגן](dialog).
- ענטפֿערט אויף די פֿראַגעס.$$, 'DRAFT'),

('om-mr-programmet', 'sv', 'Om programmet för mänskliga rättigheter', $$De mänskliga rättigheterna omfattar alla, alltid och överallt. Alla nämnder och bolagsstyrelser i staden ansvarar för att de gäller i deras verksamheter.

## Målet
Stockholms stad är en öppen, jämlik och jämställd stad, fri från alla former av diskriminering och rasism.

## Tre fokusområden
- Kunskap och information
- Välfärd och service
- Delaktighet och inflytande

## Sex handlingsplaner
- Att motverka rasism
- Barnets rättigheter och inflytande
- De nationella minoriteternas rättigheter
- Ett jämställt Stockholm
- Hbtqi-personers rättigheter
- Romsk inkludering

Arbetet hänger ihop med stadens demokratiarbete och med FN:s Agenda 2030: lämna ingen utanför.$$, 'REVIEWED'),
('om-mr-programmet', 'lattlast', 'Om stadens program för mänskliga rättigheter', $$Mänskliga rättigheter gäller alla människor. Alltid och överallt. Staden har ett program för det.

## Målet
Stockholm ska vara en stad där alla har samma värde. Ingen ska bli diskriminerad.

## Staden ska arbeta med tre saker
- Kunskap och information
- Välfärd och service
- Att alla får vara med och bestämma

## Sex planer
Staden har sex planer: mot rasism, för barnens rättigheter, för de nationella minoriteterna, för jämställdhet, för hbtqi-personer och för romer.$$, 'REVIEWED'),
('om-mr-programmet', 'en', 'About the human-rights programme', $$Human rights apply to everyone, always and everywhere. Every committee and company board of the city is responsible for upholding them in its own services.

## The goal
Stockholm is an open, equal and gender-equal city, free from all forms of discrimination and racism.

## Three focus areas
- Knowledge and information
- Welfare and service
- Participation and influence

## Six action plans
- Combating racism
- The rights and influence of the child
- The rights of the national minorities
- A gender-equal Stockholm
- The rights of LGBTQI people
- Roma inclusion

The work is linked to the city's democracy work and to the UN's Agenda 2030: leave no one behind.$$, 'REVIEWED'),
('om-mr-programmet', 'fi', 'Tietoa ihmisoikeusohjelmasta', $$Ihmisoikeudet koskevat kaikkia, aina ja kaikkialla.

## Tavoite
Tukholma on avoin, tasa-arvoinen ja sukupuolten välillä tasa-arvoinen kaupunki, vapaa kaikenlaisesta syrjinnästä ja rasismista.

## Kolme painopistealuetta
- Tieto ja tiedotus
- Hyvinvointi ja palvelut
- Osallisuus ja vaikuttaminen

## Kuusi toimintasuunnitelmaa
- Rasismin torjunta
- Lapsen oikeudet ja vaikutusmahdollisuudet
- Kansallisten vähemmistöjen oikeudet
- Tasa-arvoinen Tukholma
- Hlbtqi-ihmisten oikeudet
- Romanien osallisuus$$, 'DRAFT'),
('om-mr-programmet', 'fit', 'Tietoa ihmisoikeusohjelmasta', $$Ihmisoikeuet koskevat kaikkia, aina ja kaikkiala.

## Tavote
Tukholma oon avoin ja tasa-arvonen kaupunki, vapaa kaikesta syrjinästä ja rasismista.

## Kolme paihnopistettä
- Tieto ja informasuuni
- Hyvinvointi ja palvelus
- Osalisuus ja vaikuttaminen

## Kuusi toimintasuunitelmaa
- Rasismin vastustaminen
- Lapsen oikeuet ja vaikutusmahđolisuuet
- Kansalisitten vähemmistöitten oikeuet
- Tasa-arvonen Tukholma
- Hlbtqi-ihmisitten oikeuet
- Romaanitten osalisuus$$, 'DRAFT'),
('om-mr-programmet', 'se', 'Olmmošvuoigatvuođaprográmma birra', $$Olmmošvuoigatvuođat gusket buohkaide, álo ja juohke sajis.

## Ulbmil
Stockholbma lea rabas ja dásseárvosaš gávpot, friddja buot lágan vealaheamis ja rasismmas.

## Golbma fokussuorggi
- Máhttu ja diehtojuohkin
- Buresbirgejupmi ja bálvalus
- Searvan ja váikkuheapmi

## Guhtta doaibmaplána
Rasismma vuostá, mánáid vuoigatvuođat, álbmotlaš unnitloguid vuoigatvuođat, dásseárvosaš Stockholbma, hbtqi-olbmuid vuoigatvuođat ja romáid searvadeapmi.$$, 'DRAFT'),
('om-mr-programmet', 'smj', 'Ulmusvuojggadusprográmma birra', $$Ulmusvuojggadusá guoskadi gájkajda, ålles ájgev ja juohkka sajen.

## Ulmme
Stockholbma l rabás ja dássidis stáda, friddja gájkka vealaheames ja rasismas.

## Gålmmå fokussuorgge
- Máhtto ja diededibme
- Buorre viesso ja dievnastus
- Oasseváldde ja váikkudibme$$, 'DRAFT'),
('om-mr-programmet', 'sma', 'Almetjereaktaprogrammen bïjre', $$Almetjereaktah gaajhkesidie guektiegïelen, iktesth jïh fierhten lehkesne.

## Ulmie
Stockholme lea rïhpes jïh mïrrestalleme staare, bielelen juekedimmeste jïh rasismeste.

## Golme fokusedajvh
- Daajroe jïh bïevnesh
- Båetije jïh dïenesje
- Meatan årrodh jïh tsevtsedh$$, 'DRAFT'),
('om-mr-programmet', 'rom', 'Pa programo pal manušikane xakaja', $$E manušikane xakaja si savorenge, sajek thaj sakothaneske.

## O resipe
O Stockholm si phutardo thaj jekhutno foro, bi diskriminaciako thaj bi rasizmosko.

## Trin fokusura
- Džanglipe thaj informacija
- Šukar trajo thaj servisura
- Te les than thaj te paruves

## Šov planura
Mamuj rasizmo, e čhavorengere xakaja, e nacionalne minoriteturengere xakaja, jekhutnipe maškar e manuša, LGBTQI manušengere xakaja thaj romano inkluzija.$$, 'DRAFT'),
('om-mr-programmet', 'yi', 'וועגן דער מענטשנרעכט־פּראָגראַם', $$מענטשנרעכט זענען פֿאַר אַלעמען, שטענדיק און אומעטום.

## דער ציל
סטאָקהאָלם איז אַן אָפֿענע און גלײַכבאַרעכטיקטע שטאָט, פֿרײַ פֿון אַלע פֿאָרמען פֿון דיסקרימינאַציע און ראַסיזם.

## דרײַ הויפּט־געביטן
- וויסן און אינפֿאָרמאַציע
- וווילשטאַנד און סערוויס
- אָנטייל און השפּעה

## זעקס אַקציע־פּלענער
קעגן ראַסיזם, די רעכט פֿון קינד, די רעכט פֿון די נאַציאָנאַלע מינאָריטעטן, אַ גלײַכבאַרעכטיקט סטאָקהאָלם, די רעכט פֿון להטבק״י־מענטשן, און ראָמאַ־אײַנשליסונג.$$, 'DRAFT')
) as v(slug, language, title, body, status)
join information_page p on p.slug = v.slug
on conflict (page_id, language) do nothing;
