<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Reasons</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
    </message>
    <message>
        <source>%1: %2, at or above the concern cut-off %3</source>
        <translation>%1: %2, yltää huolirajaan %3</translation>
    </message>
    <message>
        <source>%1: %2, at or above the watch cut-off %3</source>
        <translation>%1: %2, yltää seurantarajaan %3</translation>
    </message>
    <message>
        <source>%1: %2, at or below the concern cut-off %3</source>
        <translation>%1: %2, huolirajalla %3 tai sen alla</translation>
    </message>
    <message>
        <source>%1: %2, at or below the watch cut-off %3</source>
        <translation>%1: %2, seurantarajalla %3 tai sen alla</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Critical answer: %1: &quot;%2&quot;. Needs a response today.</source>
        <translation>Kriittinen vastaus: %1: ”%2”. Vaatii yhteydenoton tänään.</translation>
    </message>
    <message>
        <source>%1 areas at watch level together (%2): overall level raised to concern</source>
        <translation>%1 osa-aluetta yhtä aikaa seurattavalla tasolla (%2): kokonaistaso nostettu huoleksi</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 at the previous screening; a change of %4 exceeds the reliable change %5</source>
        <translation>%1: nyt %2, edellisessä seulonnassa %3; muutos %4 ylittää luotettavan muutoksen rajan %5</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items unanswered, at most %4 allowed</source>
        <translation>%1: %2/%3 kysymykseen ei vastattu, enintään %4 sallitaan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>Tietokantaa ei voi avata:
%1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::CheckInCodeSheet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Check-in codes</source>
        <translation>Kirjautumiskoodit</translation>
    </message>
    <message>
        <source>Check-in codes: class %1, %2</source>
        <translation>Kirjautumiskoodit: luokka %1, %2</translation>
    </message>
    <message>
        <source>Cut along the lines and give each pupil their own slip. A code works until the pupil has finished this screening.</source>
        <translation>Leikkaa viivoja pitkin ja anna jokaiselle oppilaalle oma lappunsa. Koodi toimii, kunnes oppilas on vastannut tähän kyselyyn.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::CheckInPage</name>
    <message>
        <source>%1, already answered</source>
        <translation>%1, vastannut jo</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Valitse ensin nimesi.</translation>
    </message>
    <message>
        <source>Welcome! Class %1</source>
        <translation>Tervetuloa! Luokka %1</translation>
    </message>
    <message>
        <source>Choose your name, then give the day and month of your birthday.</source>
        <translation>Valitse nimesi ja anna sitten syntymäpäiväsi päivä ja kuukausi.</translation>
    </message>
    <message>
        <source>Pupils of the class</source>
        <translation>Luokan oppilaat</translation>
    </message>
    <message>
        <source>Birthday (day.month):</source>
        <translation>Syntymäpäivä (päivä.kuukausi):</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Syntymäpäivä</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Syntymäkuukausi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Message for the nurse</source>
        <translation>Viesti terveydenhoitajalle</translation>
    </message>
    <message>
        <source>There is a message for the nurse</source>
        <translation>Terveydenhoitajalle on viesti</translation>
    </message>
    <message>
        <source>Or type your code:</source>
        <translation>Tai kirjoita koodisi:</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Kirjautumiskoodi</translation>
    </message>
</context>
<context>
    <name>signaali::ui::KioskSetupDialog</name>
    <message>
        <source>Start a screening</source>
        <translation>Aloita kysely</translation>
    </message>
    <message>
        <source>or a new round, e.g. &quot;autumn 2026, grade 8&quot;</source>
        <translation>tai uusi kierros, esim. &quot;syksy 2026, 8. lk&quot;</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Koulu</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>Kie&amp;rros</translation>
    </message>
    <message>
        <source>&amp;Class or group</source>
        <translation>&amp;Luokka tai ryhmä</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>K&amp;yselyt</translation>
    </message>
    <message>
        <source>&amp;PIN to leave the kiosk</source>
        <translation>&amp;PIN-koodi kyselystä poistumiseen</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN-koodi &amp;uudelleen</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Uusi kierros</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation>Käynnistä kysely</translation>
    </message>
    <message>
        <source>Import a class list…</source>
        <translation>Tuo luokkalista…</translation>
    </message>
    <message>
        <source>Needs the official wording file before it can be administered.</source>
        <translation>Tarvitsee virallisen sanamuototiedoston ennen kuin sitä voi käyttää.</translation>
    </message>
    <message>
        <source>There are no class lists yet. Import one first.</source>
        <translation>Luokkalistoja ei vielä ole. Tuo ensin luokkalista.</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Luokkalista</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-tiedostot (*.csv *.txt)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rivi %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these rows and try again.</source>
        <translation>Mitään ei tuotu: korjaa nämä rivit ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 lisätty, %2 päivitetty, %3 ennallaan.</translation>
    </message>
    <message>
        <source>Choose a class or group.</source>
        <translation>Valitse luokka tai ryhmä.</translation>
    </message>
    <message>
        <source>Choose at least one questionnaire.</source>
        <translation>Valitse vähintään yksi kysely.</translation>
    </message>
    <message>
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN-koodissa on oltava vähintään 4 merkkiä.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-koodit eivät täsmää.</translation>
    </message>
    <message>
        <source>Choose a round or name a new one.</source>
        <translation>Valitse kierros tai anna uudelle nimi.</translation>
    </message>
    <message>
        <source>The PIN could not be stored.</source>
        <translation>PIN-koodia ei voitu tallentaa.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::KioskWindow</name>
    <message>
        <source>Your answer could not be saved. Please tell the nurse.</source>
        <translation>Vastaustasi ei voitu tallentaa. Kerro terveydenhoitajalle.</translation>
    </message>
    <message>
        <source>That birthday does not match the name. Try again, or ask the nurse.</source>
        <translation>Syntymäpäivä ei täsmää nimeen. Yritä uudelleen tai kysy terveydenhoitajalta.</translation>
    </message>
    <message>
        <source>You have already answered this questionnaire. Thank you!</source>
        <translation>Olet jo vastannut tähän kyselyyn. Kiitos!</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the nurse.</source>
        <translation>Jotain meni vikaan. Kysy terveydenhoitajalta.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Kiitos!</translation>
    </message>
    <message>
        <source>Your answers have been saved. The nurse will go through them.</source>
        <translation>Vastauksesi on tallennettu. Terveydenhoitaja käy ne läpi.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Thank you for telling us</source>
        <translation>Kiitos, että kerroit</translation>
    </message>
    <message>
        <source>The school nurse will talk with you today. You are not alone with this.

If you need help right now: talk to the nurse or another adult you trust, chat with Sekasin (sekasin.fi), call the MIELI crisis line 09 2525 0111, or in an emergency call 112.</source>
        <translation>Kouluterveydenhoitaja juttelee kanssasi tänään. Et ole tämän asian kanssa yksin.

Jos tarvitset apua heti: puhu terveydenhoitajalle tai muulle luotettavalle aikuiselle, keskustele Sekasin-chatissa (sekasin.fi), soita MIELI ry:n kriisipuhelimeen 09 2525 0111 tai hätätilanteessa numeroon 112.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Oletko vielä siellä?</translation>
    </message>
    <message>
        <source>Press Continue to go on answering.</source>
        <translation>Paina Jatka, niin voit jatkaa vastaamista.</translation>
    </message>
    <message>
        <source>Nurse&apos;s PIN to leave the screening</source>
        <translation>Terveydenhoitajan PIN-koodi kyselystä poistumiseen</translation>
    </message>
    <message>
        <source>Nurse&apos;s PIN for the live view</source>
        <translation>Terveydenhoitajan PIN-koodi tilannenäkymään</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
</context>
<context>
    <name>signaali::ui::LiveViewDialog</name>
    <message>
        <source>Screening in progress: class %1</source>
        <translation>Kysely käynnissä: luokka %1</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Oppilas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Pupils and their status</source>
        <translation>Oppilaat ja heidän tilansa</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ei aloitettu</translation>
    </message>
    <message>
        <source>CRITICAL ANSWER</source>
        <translation>KRIITTINEN VASTAUS</translation>
    </message>
    <message>
        <source>Completed %1, in progress %2, not started %3</source>
        <translation>Valmiita %1, kesken %2, ei aloitettu %3</translation>
    </message>
    <message>
        <source>Critical answers, talk with the pupil today:</source>
        <translation>Kriittisiä vastauksia, keskustele oppilaan kanssa tänään:</translation>
    </message>
    <message>
        <source>Save check-in codes as PDF…</source>
        <translation>Tallenna kirjautumiskoodit PDF:ksi…</translation>
    </message>
    <message>
        <source>Save check-in codes</source>
        <translation>Tallenna kirjautumiskoodit</translation>
    </message>
    <message>
        <source>check-in-codes-%1.pdf</source>
        <translation>kirjautumiskoodit-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Check-in codes</source>
        <translation>Kirjautumiskoodit</translation>
    </message>
</context>
<context>
    <name>signaali::ui::QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Kysymys %1/%2</translation>
    </message>
    <message>
        <source>Read aloud (R)</source>
        <translation>Lue ääneen (R)</translation>
    </message>
    <message>
        <source>Read the question aloud</source>
        <translation>Lue kysymys ääneen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Edellinen kysymys</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Ohita tämä kysymys</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Seuraava kysymys</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ReadAloud</name>
    <message>
        <source>Read aloud is not available on this computer: no speech engine is installed.</source>
        <translation>Ääneen lukeminen ei ole käytettävissä tällä koneella: puhesynteesiä ei ole asennettu.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language: no voice is installed for it.</source>
        <translation>Ääneen lukeminen ei ole käytettävissä tällä kielellä: kielelle ei ole asennettu ääntä.</translation>
    </message>
</context>
</TS>
