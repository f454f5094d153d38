<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AnalyticsStyle</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Huoli</translation>
    </message>
    <message>
        <source>at concern level</source>
        <translation>huolitasolla</translation>
    </message>
    <message>
        <source>flagged (watch or concern)</source>
        <translation>merkitty (seuranta tai huoli)</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Tytöt</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Pojat</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Muu tai ei kirjattu</translation>
    </message>
    <message>
        <source>All genders</source>
        <translation>Kaikki sukupuolet</translation>
    </message>
    <message>
        <source>Suppressed (small group)</source>
        <translation>Piilotettu (pieni ryhmä)</translation>
    </message>
    <message>
        <source>%1, no class</source>
        <translation>%1, ei luokkaa</translation>
    </message>
    <message>
        <source>No class</source>
        <translation>Ei luokkaa</translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation>%1, %2. luokka-aste</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1. luokka-aste</translation>
    </message>
    <message>
        <source>Overall level</source>
        <translation>Kokonaistaso</translation>
    </message>
</context>
<context>
    <name>GroupSignals</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>at concern</source>
        <translation>huolitasolla</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>seuranta- tai huolitasolla</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>kokonaistaso</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1. luokka-aste</translation>
    </message>
    <message>
        <source>grade not recorded</source>
        <translation>luokka-aste ei tiedossa</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around the municipal share %9 (%10).</source>
        <translation>%1, %2: %3/%4 %5 (%6), yli %7:n kontrollirajan (%8), joka on laskettu kunnan osuuden %9 (%10) ympärille.</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around the school&apos;s share %9 (%10).</source>
        <translation>%1, %2: %3/%4 %5 (%6), yli %7:n kontrollirajan (%8), joka on laskettu koulun osuuden %9 (%10) ympärille.</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around the municipal share %9 (%10).</source>
        <translation>%1, %2: %3/%4 %5 (%6), alle %7:n kontrollirajan (%8), joka on laskettu kunnan osuuden %9 (%10) ympärille.</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around the school&apos;s share %9 (%10).</source>
        <translation>%1, %2: %3/%4 %5 (%6), alle %7:n kontrollirajan (%8), joka on laskettu koulun osuuden %9 (%10) ympärille.</translation>
    </message>
    <message>
        <source>99.8 %</source>
        <translation>99,8 %</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1, %2: the share %3 rose over %4 rounds from %5 to %6 (test for trend: %7).</source>
        <translation>%1, %2: osuus %3 nousi %4 kierroksen aikana %5:sta %6:iin (trenditesti: %7).</translation>
    </message>
    <message numerus="yes">
        <source>Test for trend: rising, %1 (two-sided), %n round(s).</source>
        <translation>
            <numerusform>Trenditesti: nouseva, %1 (kaksisuuntainen), %n kierros.</numerusform>
            <numerusform>Trenditesti: nouseva, %1 (kaksisuuntainen), %n kierrosta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test for trend: falling, %1 (two-sided), %n round(s).</source>
        <translation>
            <numerusform>Trenditesti: laskeva, %1 (kaksisuuntainen), %n kierros.</numerusform>
            <numerusform>Trenditesti: laskeva, %1 (kaksisuuntainen), %n kierrosta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test for trend: no change, %n round(s).</source>
        <translation>
            <numerusform>Trenditesti: ei muutosta, %n kierros.</numerusform>
            <numerusform>Trenditesti: ei muutosta, %n kierrosta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelStyle</name>
    <message>
        <source>Concern</source>
        <translation>Huoli</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1, critical answer</source>
        <translation>%1, kriittinen vastaus</translation>
    </message>
</context>
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
    <name>RefusalText</name>
    <message>
        <source>municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>school</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>administrator user name</source>
        <translation>Pääkäyttäjän käyttäjätunnus</translation>
    </message>
    <message>
        <source>administrator name</source>
        <translation>Pääkäyttäjän nimi</translation>
    </message>
    <message>
        <source>administrator password</source>
        <translation>Pääkäyttäjän salasana</translation>
    </message>
    <message>
        <source>nurse user name</source>
        <translation>Terveydenhoitajan käyttäjätunnus</translation>
    </message>
    <message>
        <source>nurse name</source>
        <translation>Terveydenhoitajan nimi</translation>
    </message>
    <message>
        <source>nurse password</source>
        <translation>Terveydenhoitajan salasana</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>Oppilas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>Seurantakäynnin päivä</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>Suostumuspäivä</translation>
    </message>
    <message>
        <source>today</source>
        <translation>Tämä päivä</translation>
    </message>
    <message>
        <source>within days</source>
        <translation>Päivien määrä</translation>
    </message>
    <message>
        <source>a nurse</source>
        <translation>terveydenhoitaja</translation>
    </message>
    <message>
        <source>a case team member</source>
        <translation>asiantuntijaryhmän jäsen</translation>
    </message>
    <message>
        <source>the welfare group</source>
        <translation>oppilashuoltoryhmä</translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation>koordinaattori</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>pääkäyttäjä</translation>
    </message>
    <message>
        <source>see a pupil&apos;s identified data</source>
        <translation>nähdä oppilaan tunnistetietoja</translation>
    </message>
    <message>
        <source>see the identified data of a school&apos;s pupils</source>
        <translation>nähdä koulun oppilaiden tunnistetietoja</translation>
    </message>
    <message>
        <source>mark a pupil&apos;s flags handled</source>
        <translation>merkitä oppilaan merkintöjä käsitellyiksi</translation>
    </message>
    <message>
        <source>record actions on a pupil&apos;s case</source>
        <translation>kirjata toimenpiteitä oppilaan tapaukseen</translation>
    </message>
    <message>
        <source>share a pupil&apos;s case</source>
        <translation>jakaa oppilaan tapausta</translation>
    </message>
    <message>
        <source>see who has viewed pupils&apos; data</source>
        <translation>nähdä, kuka on katsonut oppilaiden tietoja</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>hallita käyttäjiä</translation>
    </message>
    <message>
        <source>manage schools</source>
        <translation>hallita kouluja</translation>
    </message>
    <message>
        <source>manage instruments</source>
        <translation>hallita kyselyitä</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>viedä tapahtumalokia</translation>
    </message>
    <message>
        <source>see group figures</source>
        <translation>nähdä ryhmälukuja</translation>
    </message>
    <message>
        <source>import class lists</source>
        <translation>tuoda luokkalistoja</translation>
    </message>
    <message>
        <source>create screening rounds</source>
        <translation>luoda seulontakierroksia</translation>
    </message>
    <message>
        <source>record a pupil&apos;s answers</source>
        <translation>tallentaa oppilaan vastauksia</translation>
    </message>
    <message>
        <source>erase a pupil</source>
        <translation>poistaa oppilasta</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>varmuuskopioida tai palauttaa tietokantaa</translation>
    </message>
    <message>
        <source>user: no user with id %1</source>
        <translation>Käyttäjää, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>member: no user with id %1</source>
        <translation>Jäsentä, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>schools: no school with id %1</source>
        <translation>Koulua, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>class: no class with id %1</source>
        <translation>Luokkaa, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>round: no round with id %1</source>
        <translation>Kierrosta, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>action: no action with id %1</source>
        <translation>Toimenpidettä, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>result: no result with id %1</source>
        <translation>Tulosta, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>share: no share with id %1</source>
        <translation>Jakoa, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>%1: nothing with id %2</source>
        <translation>%1: tunnisteella %2 ei löydy mitään.</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1 puuttuu.</translation>
    </message>
    <message>
        <source>%1: the name is missing</source>
        <translation>%1: nimi puuttuu.</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n characters</source>
        <translation>
            <numerusform>%1: enintään %n merkki.</numerusform>
            <numerusform>%1: enintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at least %n characters</source>
        <translation>
            <numerusform>%1: vähintään %n merkki.</numerusform>
            <numerusform>%1: vähintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only spaces</source>
        <translation>%1: pelkkiä välilyöntejä.</translation>
    </message>
    <message>
        <source>%1: not a date</source>
        <translation>%1: ei ole päivämäärä.</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1 on pakollinen.</translation>
    </message>
    <message>
        <source>%1: in the future</source>
        <translation>%1 on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>%1: use 2 to 64 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: käytä 2–64 merkkiä: kirjaimia a–z, numeroita, &apos;.&apos;, &apos;_&apos; tai &apos;-&apos;.</translation>
    </message>
    <message>
        <source>user name: &apos;%1&apos; is already in use</source>
        <translation>Käyttäjätunnus %1 on jo käytössä.</translation>
    </message>
    <message>
        <source>nurse user name: must differ from the administrator&apos;s</source>
        <translation>Terveydenhoitajalla on oltava eri käyttäjätunnus kuin pääkäyttäjällä.</translation>
    </message>
    <message>
        <source>old password: wrong password</source>
        <translation>Nykyinen salasana on väärä.</translation>
    </message>
    <message>
        <source>schools: a nurse or a welfare group needs at least one school (without one the account sees nothing)</source>
        <translation>Terveydenhoitajalle tai oppilashuoltoryhmälle on valittava vähintään yksi koulu (ilman koulua tunnus ei näe mitään).</translation>
    </message>
    <message>
        <source>schools: only a nurse or a welfare group is assigned schools</source>
        <translation>Kouluja määritetään vain terveydenhoitajalle ja oppilashuoltoryhmälle.</translation>
    </message>
    <message>
        <source>user: an administrator cannot deactivate their own account</source>
        <translation>Pääkäyttäjä ei voi poistaa omaa tunnustaan käytöstä.</translation>
    </message>
    <message>
        <source>school: &apos;%1&apos; already exists</source>
        <translation>Koulu %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>name: the round needs a name</source>
        <translation>Kierrokselle tarvitaan nimi.</translation>
    </message>
    <message>
        <source>follow-up date: required for a booked follow-up</source>
        <translation>Varatulle seurantakäynnille tarvitaan päivämäärä.</translation>
    </message>
    <message>
        <source>follow-up date: only a booked follow-up has a date</source>
        <translation>Päivämäärä annetaan vain varatulle seurantakäynnille.</translation>
    </message>
    <message>
        <source>result: not a result of this pupil</source>
        <translation>Tulos ei ole tämän oppilaan.</translation>
    </message>
    <message>
        <source>action: not a booked follow-up</source>
        <translation>Toimenpide ei ole varattu seurantakäynti.</translation>
    </message>
    <message>
        <source>search: at least two letters of a name</source>
        <translation>Haku: kirjoita vähintään kaksi kirjainta nimestä.</translation>
    </message>
    <message>
        <source>codes: the result has no flags</source>
        <translation>Tuloksessa ei ole merkintöjä.</translation>
    </message>
    <message>
        <source>codes: the result has no flag &apos;%1&apos;</source>
        <translation>Tuloksessa ei ole merkintää %1.</translation>
    </message>
    <message>
        <source>out: the file to write is missing</source>
        <translation>Tallennettavaa tiedostoa ei ole annettu.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa (%2).</translation>
    </message>
    <message>
        <source>member: a case is shared only with an active case team member</source>
        <translation>Tapauksen voi jakaa vain asiantuntijaryhmän jäsenelle, jonka tunnus on käytössä.</translation>
    </message>
    <message>
        <source>member: the case is already shared with %1</source>
        <translation>Tapaus on jo jaettu käyttäjälle %1.</translation>
    </message>
    <message>
        <source>not allowed: %1 may not %2</source>
        <translation>Ei sallittu: %1 ei saa %2.</translation>
    </message>
    <message>
        <source>not allowed: the account is not signed in or no longer active</source>
        <translation>Ei sallittu: tunnus ei ole kirjautunut sisään tai se ei ole enää käytössä.</translation>
    </message>
    <message>
        <source>not allowed: this pupil&apos;s case has not been shared with you, or the share has been withdrawn</source>
        <translation>Ei sallittu: tämän oppilaan tapausta ei ole jaettu sinulle, tai jako on peruttu.</translation>
    </message>
    <message>
        <source>not allowed: the pupil is not in a school assigned to you</source>
        <translation>Ei sallittu: oppilas ei ole sinulle määritetyssä koulussa.</translation>
    </message>
    <message>
        <source>not allowed: only a coordinator sees the whole municipality</source>
        <translation>Ei sallittu: vain koordinaattori näkee koko kunnan.</translation>
    </message>
    <message>
        <source>not allowed: the school is not assigned to you</source>
        <translation>Ei sallittu: koulua ei ole määritetty sinulle.</translation>
    </message>
    <message>
        <source>not allowed: the school &apos;%1&apos; is not assigned to you</source>
        <translation>Ei sallittu: koulua %1 ei ole määritetty sinulle.</translation>
    </message>
    <message>
        <source>school: there is no school &apos;%1&apos; (only an administrator adds schools)</source>
        <translation>Koulua %1 ei ole (vain pääkäyttäjä lisää kouluja).</translation>
    </message>
    <message>
        <source>set-up has already been done</source>
        <translation>Käyttöönotto on jo tehty.</translation>
    </message>
    <message>
        <source>not allowed: only the one who recorded an action can change it</source>
        <translation>Ei sallittu: vain toimenpiteen kirjannut voi muuttaa sitä.</translation>
    </message>
    <message>
        <source>not allowed: an action can be corrected or removed only on the day it was recorded; record a new action instead</source>
        <translation>Ei sallittu: toimenpidettä voi korjata tai poistaa vain kirjauspäivänä; kirjaa sen sijaan uusi toimenpide.</translation>
    </message>
    <message>
        <source>not allowed: no such pupil in a school assigned to you</source>
        <translation>Ei sallittu: sinulle määritetyissä kouluissa ei ole tällaista oppilasta.</translation>
    </message>
    <message>
        <source>no such pupil</source>
        <translation>Oppilasta ei löydy.</translation>
    </message>
    <message>
        <source>pupil: no such pupil</source>
        <translation>Oppilasta ei löydy.</translation>
    </message>
    <message>
        <source>pupil: no pupil &apos;%1&apos;</source>
        <translation>Oppilasta %1 ei löydy.</translation>
    </message>
    <message>
        <source>user: no user &apos;%1&apos;</source>
        <translation>Käyttäjää %1 ei löydy.</translation>
    </message>
    <message>
        <source>no round &apos;%1&apos;</source>
        <translation>Kierrosta %1 ei löydy.</translation>
    </message>
    <message>
        <source>instrument: no results of &apos;%1&apos; are stored</source>
        <translation>Kyselyn %1 tuloksia ei ole tallennettu.</translation>
    </message>
    <message>
        <source>the database could not do this; nothing was changed</source>
        <translation>Tietokanta ei pystynyt tekemään tätä; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>cannot write the audit log, so nothing was done</source>
        <translation>Tapahtumalokiin ei voi kirjoittaa, joten mitään ei tehty.</translation>
    </message>
    <message>
        <source>cannot hash the password (out of memory?)</source>
        <translation>Salasanaa ei voitu suojata (muisti lopussa?).</translation>
    </message>
    <message>
        <source>cannot keep the version before the correction</source>
        <translation>Korjausta edeltävää versiota ei voitu säilyttää.</translation>
    </message>
    <message>
        <source>cannot keep the removed version</source>
        <translation>Poistettua versiota ei voitu säilyttää.</translation>
    </message>
    <message>
        <source>case team members could not be read</source>
        <translation>Asiantuntijaryhmän jäseniä ei voitu lukea.</translation>
    </message>
    <message>
        <source>the stored definition of &apos;%1&apos; %2 cannot be read</source>
        <translation>Kyselyn %1 %2 tallennettua määritystä ei voi lukea.</translation>
    </message>
    <message>
        <source>restored, but the audit log could not be written</source>
        <translation>Palautettu, mutta tapahtumalokiin ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>roundIds: no round with id %1</source>
        <translation>Kierrosta, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>schoolIds: no school with id %1</source>
        <translation>Koulua, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>roundIds: choose at least one round</source>
        <translation>Valitse vähintään yksi kierros.</translation>
    </message>
    <message>
        <source>grades: %1 is not a grade (0 is &quot;not recorded&quot;)</source>
        <translation>%1 ei ole luokka-aste (0 tarkoittaa, ettei astetta ole kirjattu).</translation>
    </message>
    <message>
        <source>genders: &apos;%1&apos; is not one of &quot;&quot; (all), female, male, other</source>
        <translation>Sukupuoli %1 ei ole mikään sallituista: &quot;&quot; (kaikki), female, male, other.</translation>
    </message>
    <message>
        <source>instrumentId: choose an instrument</source>
        <translation>Valitse kysely.</translation>
    </message>
    <message>
        <source>domainIds: instrument &apos;%1&apos; has no domain &apos;%2&apos;</source>
        <translation>Kyselyssä %1 ei ole osa-aluetta %2.</translation>
    </message>
    <message>
        <source>breakdown: funnel plots compare classes, grades or schools</source>
        <translation>Suppilokuviossa verrataan luokkia, luokka-asteita tai kouluja.</translation>
    </message>
    <message>
        <source>reference: schools are compared with the municipality, not with a school</source>
        <translation>Kouluja verrataan kuntaan, ei toiseen kouluun.</translation>
    </message>
    <message>
        <source>threshold: %1 is below the minimum %2; smaller groups could identify pupils</source>
        <translation>Raja %1 on pienempi kuin vähimmäisarvo %2; pienemmistä ryhmistä oppilaat voisi tunnistaa.</translation>
    </message>
    <message>
        <source>schoolIds: school %1 is not one of your schools</source>
        <translation>Koulu %1 ei ole sinun koulujasi.</translation>
    </message>
    <message>
        <source>threshold: only an administrator may change the small-group threshold</source>
        <translation>Vain pääkäyttäjä voi muuttaa pienten ryhmien rajaa.</translation>
    </message>
    <message>
        <source>response: no response with id %1</source>
        <translation>Vastausta, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>pupil: no pupil with id %1</source>
        <translation>Oppilasta, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>round: a round named &apos;%1&apos; already exists</source>
        <translation>Kierros nimeltä %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>response %1 is not in progress</source>
        <translation>Vastaus %1 ei ole kesken.</translation>
    </message>
    <message>
        <source>the pupil has already completed this screening</source>
        <translation>Oppilas on jo vastannut tähän seulontaan.</translation>
    </message>
    <message>
        <source>a benchmark account&apos;s name starts with bench.</source>
        <translation>Suorituskykytestin tunnuksen nimi alkaa sanalla bench.</translation>
    </message>
    <message>
        <source>%1: not a Signaali database</source>
        <translation>%1 ei ole Signaalin tietokanta.</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Signaali</source>
        <translation>%1 on tehty Signaalin uudemmalla versiolla.</translation>
    </message>
    <message>
        <source>%1: the database is damaged</source>
        <translation>Tietokanta %1 on vioittunut.</translation>
    </message>
    <message>
        <source>benchmarks run on demo databases only (signaali-cli generate-demo); this one has user accounts</source>
        <translation>Suorituskykytestit ajetaan vain esittelytietokannoissa (signaali-cli generate-demo); tässä on käyttäjätunnuksia.</translation>
    </message>
    <message>
        <source>no school &apos;%1&apos;</source>
        <translation>Koulua %1 ei ole.</translation>
    </message>
    <message>
        <source>no pupil of the group has this code</source>
        <translation>Ryhmän kenelläkään oppilaalla ei ole tätä koodia.</translation>
    </message>
    <message>
        <source>%1: the database cannot be opened</source>
        <translation>Tietokantaa %1 ei voi avata.</translation>
    </message>
    <message>
        <source>%1: the database could not be brought up to date</source>
        <translation>Tietokantaa %1 ei voitu päivittää nykyiseen versioon.</translation>
    </message>
    <message>
        <source>%1: the backup could not be written</source>
        <translation>Varmuuskopiota %1 ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>%1: the backup did not pass its integrity check</source>
        <translation>Varmuuskopio %1 ei läpäissyt eheystarkistusta.</translation>
    </message>
    <message>
        <source>%1: the file could not be moved into place</source>
        <translation>Tiedostoa %1 ei voitu siirtää paikalleen.</translation>
    </message>
    <message>
        <source>%1: this is the database or one of its files; choose another file</source>
        <translation>%1 on tietokanta tai jokin sen tiedostoista; valitse toinen tiedosto.</translation>
    </message>
    <message>
        <source>%1: the file exists; give --force to replace it</source>
        <translation>Tiedosto %1 on jo olemassa; korvaa se antamalla --force.</translation>
    </message>
    <message>
        <source>%1: the audit log has been tampered with: row %2 was changed</source>
        <translation>Tietokannan %1 tapahtumalokia on muokattu: riviä %2 on muutettu.</translation>
    </message>
    <message>
        <source>%1: the audit log has been tampered with: row %2 does not follow the row before it</source>
        <translation>Tietokannan %1 tapahtumalokia on muokattu: rivi %2 ei jatka edellistä riviä.</translation>
    </message>
    <message>
        <source>%1: the audit log has been tampered with: rows are missing at row %2</source>
        <translation>Tietokannan %1 tapahtumalokia on muokattu: rivejä puuttuu kohdassa %2.</translation>
    </message>
    <message>
        <source>%1: the backup was made before set-up (it has no accounts); confirm the replacement to restore it anyway</source>
        <translation>Varmuuskopio %1 on tehty ennen käyttöönottoa (siinä ei ole tunnuksia); vahvista korvaaminen, jos haluat silti palauttaa sen.</translation>
    </message>
    <message>
        <source>%1: the backup is of another municipality; confirm the replacement to restore it anyway</source>
        <translation>Varmuuskopio %1 on toisen kunnan; vahvista korvaaminen, jos haluat silti palauttaa sen.</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>Tietokantaa %1 ei ole.</translation>
    </message>
    <message>
        <source>%1: the database is busy (another program holds it); try again in a moment</source>
        <translation>Tietokanta %1 on varattu (toinen ohjelma käyttää sitä); yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (read-only)</source>
        <translation>Tietokantatiedostoon %1 ei voi kirjoittaa (vain luku).</translation>
    </message>
    <message>
        <source>%1: another Signaali program has the database open; close it first</source>
        <translation>Toinen Signaali-ohjelma pitää tietokantaa %1 auki; sulje se ensin.</translation>
    </message>
    <message numerus="yes">
        <source>not allowed: too many wrong check-ins; try again in %n second(s)</source>
        <translation>
            <numerusform>Ei sallittu: liian monta väärää kirjautumista; yritä uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Ei sallittu: liian monta väärää kirjautumista; yritä uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>not allowed: too many wrong check-ins; the nurse unlocks check-in with her PIN</source>
        <translation>Ei sallittu: liian monta väärää kirjautumista; terveydenhoitaja avaa kirjautumisen PIN-koodillaan.</translation>
    </message>
    <message>
        <source>not allowed: the pupil of this questionnaire has not checked in on this kiosk</source>
        <translation>Ei sallittu: tämän kyselyn oppilas ei ole kirjautunut tälle kioskille.</translation>
    </message>
    <message>
        <source>see the cases shared with them</source>
        <translation>nähdä hänelle jaetut asiat</translation>
    </message>
    <message>
        <source>see the figures of the whole municipality</source>
        <translation>nähdä koko kunnan luvut</translation>
    </message>
    <message>
        <source>confirm access to a school</source>
        <translation>vahvistaa pääsyn koulun tietoihin</translation>
    </message>
    <message>
        <source>not allowed: the password was reset; change it before anything else</source>
        <translation>Ei sallittu: salasana on nollattu; vaihda se ennen muuta.</translation>
    </message>
    <message>
        <source>not allowed: access to a school is confirmed by someone else than the one who gets it</source>
        <translation>Ei sallittu: pääsyn kouluun vahvistaa joku muu kuin se, joka sen saa.</translation>
    </message>
    <message>
        <source>new password: choose a password of your own, not the one you were given</source>
        <translation>Uusi salasana: valitse oma salasana, älä sinulle annettua.</translation>
    </message>
    <message>
        <source>this access has already been confirmed, refused or withdrawn</source>
        <translation>Tämä pääsy on jo vahvistettu, hylätty tai peruttu.</translation>
    </message>
    <message>
        <source>%1: page %2 of the database is damaged or has been changed</source>
        <translation>%1: tietokannan sivu %2 on vioittunut tai sitä on muutettu</translation>
    </message>
    <message>
        <source>%1: the database is encrypted; sign in to open it</source>
        <translation>%1: tietokanta on salattu; kirjaudu sisään avataksesi sen</translation>
    </message>
    <message>
        <source>%1: the database is already encrypted</source>
        <translation>%1: tietokanta on jo salattu</translation>
    </message>
    <message>
        <source>%1: the user name and password, or the recovery key, do not open this database</source>
        <translation>%1: käyttäjätunnus ja salasana tai palautusavain eivät avaa tätä tietokantaa</translation>
    </message>
    <message>
        <source>trust other installations</source>
        <translation>luottaa muihin asennuksiin</translation>
    </message>
    <message>
        <source>send pupils&apos; results to another installation</source>
        <translation>lähettää oppilaiden tuloksia toiseen asennukseen</translation>
    </message>
    <message>
        <source>receive pupils&apos; results from another installation</source>
        <translation>vastaanottaa oppilaiden tuloksia toisesta asennuksesta</translation>
    </message>
    <message>
        <source>send group counts to the coordinator</source>
        <translation>lähettää ryhmien lukumääriä koordinaattorille</translation>
    </message>
    <message>
        <source>receive group counts from schools</source>
        <translation>vastaanottaa ryhmien lukumääriä kouluilta</translation>
    </message>
    <message>
        <source>a field is missing or has the wrong type</source>
        <translation>kenttä puuttuu tai on väärää tyyppiä</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>tuntematon tietuetyyppi</translation>
    </message>
    <message>
        <source>unknown instrument version</source>
        <translation>tuntematon kyselyn versio</translation>
    </message>
    <message>
        <source>the instrument definition cannot be read</source>
        <translation>kyselyn määrittelyä ei voi lukea</translation>
    </message>
    <message>
        <source>a reference that the bundle does not resolve</source>
        <translation>viittaus, jota paketti ei ratkaise</translation>
    </message>
    <message>
        <source>an answer outside its scale</source>
        <translation>vastaus asteikon ulkopuolella</translation>
    </message>
    <message>
        <source>%1: not a Signaali bundle, or its header cannot be read</source>
        <translation>%1: ei ole Signaali-paketti, tai sen otsaketta ei voi lukea</translation>
    </message>
    <message>
        <source>%1: the bundle has format version %2, newer than this Signaali reads; update Signaali</source>
        <translation>%1: paketin muotoversio on %2, uudempi kuin tämä Signaali lukee; päivitä Signaali</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s signature does not hold; it was changed after it was made</source>
        <translation>%1: paketin allekirjoitus ei täsmää; sitä on muutettu tekemisen jälkeen</translation>
    </message>
    <message>
        <source>%1: the bundle is addressed to another installation</source>
        <translation>%1: paketti on osoitettu toiselle asennukselle</translation>
    </message>
    <message>
        <source>%1: the bundle comes from a newer database (schema %2); update Signaali</source>
        <translation>%1: paketti on uudemmasta tietokannasta (skeema %2); päivitä Signaali</translation>
    </message>
    <message>
        <source>%1: bundle %2 has already been imported; nothing changed</source>
        <translation>%1: paketti %2 on jo tuotu; mitään ei muutettu</translation>
    </message>
    <message>
        <source>%1: the bundle ends early (the file is incomplete)</source>
        <translation>%1: paketti loppuu kesken (tiedosto on vajaa)</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s content is damaged or was changed</source>
        <translation>%1: paketin sisältö on vioittunut tai sitä on muutettu</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: tietue %2: %3</translation>
    </message>
    <message>
        <source>%1: record %2: a summary bundle may not carry data about a single pupil</source>
        <translation>%1: tietue %2: yhteenvetopaketissa ei saa olla yksittäisen oppilaan tietoja</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s content does not match its signed header</source>
        <translation>%1: paketin sisältö ei vastaa sen allekirjoitettua otsaketta</translation>
    </message>
    <message>
        <source>%1:%2: not a Signaali device line (signaali-device ...)</source>
        <translation>%1:%2: ei ole Signaalin laiterivi (signaali-device ...)</translation>
    </message>
    <message>
        <source>a device named &apos;%1&apos; is already trusted</source>
        <translation>laite nimeltä &apos;%1&apos; on jo luotettu</translation>
    </message>
    <message>
        <source>this installation is already trusted as &apos;%1&apos;</source>
        <translation>tähän asennukseen luotetaan jo nimellä &apos;%1&apos;</translation>
    </message>
    <message>
        <source>that is this installation&apos;s own device line</source>
        <translation>se on tämän asennuksen oma laiterivi</translation>
    </message>
    <message>
        <source>%1: this installation holds the school&apos;s own results; a summary of it is not imported</source>
        <translation>%1: tässä asennuksessa ovat koulun omat tulokset; sen yhteenvetoa ei tuoda</translation>
    </message>
    <message>
        <source>not allowed: %1 was made by an installation this one does not trust</source>
        <translation>ei sallittu: %1 on tehty asennuksessa, johon tämä ei luota</translation>
    </message>
    <message>
        <source>not allowed: %1 was made by &apos;%2&apos;, whose trust has been revoked</source>
        <translation>ei sallittu: %1 on tehty asennuksessa &apos;%2&apos;, jonka luottamus on peruttu</translation>
    </message>
    <message>
        <source>not allowed: pupils&apos; identified data goes only to a nurse of their school</source>
        <translation>ei sallittu: oppilaiden tunnistetiedot menevät vain heidän koulunsa terveydenhoitajalle</translation>
    </message>
    <message>
        <source>no trusted device &apos;%1&apos;</source>
        <translation>ei luotettua laitetta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an identity code of a pupil of another school</source>
        <translation>toisen koulun oppilaan henkilötunnus</translation>
    </message>
    <message>
        <source>since: no bundle %1 was sent to that installation</source>
        <translation>since: pakettia %1 ei ole lähetetty sille asennukselle</translation>
    </message>
</context>
<context>
    <name>RespondentCount</name>
    <message numerus="yes">
        <source>Based on %1 in %n group(s)</source>
        <translation>
            <numerusform>Perustuu %n ryhmään (%1)</numerusform>
            <numerusform>Perustuu %n ryhmään (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no respondents</source>
        <translation>ei vastaajia</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n vastaaja</numerusform>
            <numerusform>%n vastaajaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on fewer than %1 respondents in each of %n group(s)</source>
        <translation>
            <numerusform>Perustuu %n ryhmään, jossa on alle %1 vastaajaa</numerusform>
            <numerusform>Perustuu %n ryhmään, joissa kussakin on alle %1 vastaajaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and fewer than %2 in each of %n more group(s)</source>
        <translation>
            <numerusform>%1 ja %n muuhun ryhmään, jossa on alle %2 vastaajaa</numerusform>
            <numerusform>%1 ja %n muuhun ryhmään, joissa kussakin on alle %2 vastaajaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The number of respondents is hidden in %n group(s)</source>
        <translation>
            <numerusform>Vastaajamäärä on piilotettu %n ryhmässä</numerusform>
            <numerusform>Vastaajamäärä on piilotettu %n ryhmässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the number of respondents is hidden in %n more group(s)</source>
        <translation>
            <numerusform>%1; vastaajamäärä on piilotettu %n muussa ryhmässä</numerusform>
            <numerusform>%1; vastaajamäärä on piilotettu %n muussa ryhmässä</numerusform>
        </translation>
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
    <name>signaali::ui::AccessLogPage</name>
    <message>
        <source>Every view of identified data, every export and every change. The log can only grow.</source>
        <translation>Jokainen tunnistettavien tietojen katselu, jokainen vienti ja jokainen muutos. Lokiin voi vain lisätä rivejä, ei muuttaa tai poistaa niitä.</translation>
    </message>
    <message>
        <source>Who has viewed or changed your pupils&apos; data.</source>
        <translation>Kuka on katsonut tai muuttanut oppilaidesi tietoja.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Pupil (pseudonym)</source>
        <translation>Oppilas (pseudonyymi)</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Oppilas</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Export the log as CSV…</source>
        <translation>Vie loki CSV-tiedostona…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Vie tapahtumaloki</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>The log could not be exported: %1</source>
        <translation>Lokia ei voitu viedä: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::AccessNoticesPage</name>
    <message>
        <source>Access waiting for your confirmation</source>
        <translation>Vahvistustasi odottavat pääsyt</translation>
    </message>
    <message>
        <source>The administrator has given these accounts access to the identified data of a school. It takes effect only when a nurse of the school (or the coordinator, where the school has none) confirms it. Confirm only people you know should have it.</source>
        <translation>Pääkäyttäjä on antanut näille tileille pääsyn koulun tunnistettaviin tietoihin. Pääsy tulee voimaan vasta, kun koulun terveydenhoitaja (tai koordinaattori, jos koululla ei ole terveydenhoitajaa) vahvistaa sen. Vahvista vain henkilöt, joiden tiedät tarvitsevan sen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Antaja</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Confirm access</source>
        <translation>Vahvista pääsy</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Ilmoitukset</translation>
    </message>
    <message>
        <source>I have read these</source>
        <translation>Olen lukenut nämä</translation>
    </message>
    <message>
        <source>%1 has access to %2 since %3: the first nurse, at first set-up, which nobody else could confirm.</source>
        <translation>Käyttäjällä %1 on pääsy kouluun %2 alkaen %3: ensimmäinen terveydenhoitaja käyttöönotossa, jota kukaan muu ei voinut vahvistaa.</translation>
    </message>
    <message>
        <source>%1 has had access to %2 since %3: given by %4, confirmed by %5.</source>
        <translation>Käyttäjällä %1 on ollut pääsy kouluun %2 alkaen %3: antoi %4, vahvisti %5.</translation>
    </message>
    <message numerus="yes">
        <source>Your password was reset by %1 on %2. %n action(s) were logged under your account from then until now; they are marked in the log. If you did not make them, tell the coordinator.</source>
        <translation>
            <numerusform>%1 nollasi salasanasi %2. Sen jälkeen tililläsi on kirjattu %n toimi; se on merkitty lokiin. Jos et tehnyt sitä itse, kerro koordinaattorille.</numerusform>
            <numerusform>%1 nollasi salasanasi %2. Sen jälkeen tililläsi on kirjattu %n tointa; ne on merkitty lokiin. Jos et tehnyt niitä itse, kerro koordinaattorille.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of %1 was reset by %2 on %3.</source>
        <translation>%2 nollasi käyttäjän %1 salasanan %3.</translation>
    </message>
    <message>
        <source>No new notices.</source>
        <translation>Ei uusia ilmoituksia.</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>Valitse ensin tili luettelosta.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::AccountChecks</name>
    <message>
        <source>Fill in the user name.</source>
        <translation>Täytä käyttäjätunnus.</translation>
    </message>
    <message>
        <source>The user name needs 2 to 64 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Käyttäjätunnuksessa on oltava 2–64 merkkiä: kirjaimia a–z, numeroita, &apos;.&apos;, &apos;_&apos; tai &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Fill in the name.</source>
        <translation>Täytä nimi.</translation>
    </message>
    <message>
        <source>The name can have at most 200 characters.</source>
        <translation>Nimessä voi olla enintään 200 merkkiä.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Salasanassa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The password can have at most 1024 characters.</source>
        <translation>Salasanassa voi olla enintään 1024 merkkiä.</translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>Salasana ei voi koostua pelkistä välilyönneistä.</translation>
    </message>
    <message>
        <source>Fill in the name of the school.</source>
        <translation>Täytä koulun nimi.</translation>
    </message>
    <message>
        <source>The name of the school can have at most 200 characters.</source>
        <translation>Koulun nimessä voi olla enintään 200 merkkiä.</translation>
    </message>
    <message>
        <source>Choose at least one school: a nurse or a pupil welfare group without a school sees nothing.</source>
        <translation>Valitse vähintään yksi koulu: terveydenhoitaja tai oppilashuoltoryhmä, jolla ei ole koulua, ei näe mitään.</translation>
    </message>
    <message>
        <source>Only a nurse or a pupil welfare group is assigned schools.</source>
        <translation>Kouluja määritetään vain terveydenhoitajalle ja oppilashuoltoryhmälle.</translation>
    </message>
    <message>
        <source>The user name %1 is already in use.</source>
        <translation>Käyttäjätunnus %1 on jo käytössä.</translation>
    </message>
    <message>
        <source>There already is a school called %1.</source>
        <translation>Koulu nimeltä %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>Signaali has already been set up.</source>
        <translation>Signaali on jo otettu käyttöön.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Et voi poistaa omaa käyttäjätunnustasi käytöstä.</translation>
    </message>
    <message>
        <source>The nurse needs a user name of her own.</source>
        <translation>Terveydenhoitajalla on oltava oma käyttäjätunnus.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::AnsweredList</name>
    <message>
        <source>not answered</source>
        <translation>ei vastannut</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>vastannut</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>keskeytti vastaamisen</translation>
    </message>
    <message>
        <source>Who has answered: class %1, %2</source>
        <translation>Ketkä ovat vastanneet: luokka %1, %2</translation>
    </message>
    <message>
        <source>answered %1, in progress %2, not answered %3</source>
        <translation>vastanneet %1, kesken %2, vastaamatta %3</translation>
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
        <source>Answered on</source>
        <translation>Vastauspäivä</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2. Confidential: pupils&apos; names.</source>
        <translation>Laatinut %1 %2. Luottamuksellinen: sisältää oppilaiden nimiä.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::AuditText</name>
    <message>
        <source>Signed in</source>
        <translation>Kirjautui sisään</translation>
    </message>
    <message>
        <source>First set-up</source>
        <translation>Käyttöönotto</translation>
    </message>
    <message>
        <source>Viewed the class overview</source>
        <translation>Katsoi luokkanäkymää</translation>
    </message>
    <message>
        <source>Viewed the attention list</source>
        <translation>Katsoi huomiolistaa</translation>
    </message>
    <message>
        <source>Viewed the profile</source>
        <translation>Katsoi oppilaan tietoja</translation>
    </message>
    <message>
        <source>Viewed the case actions</source>
        <translation>Katsoi jatkotoimia</translation>
    </message>
    <message>
        <source>Viewed the case shares</source>
        <translation>Katsoi tapauksen jakoja</translation>
    </message>
    <message>
        <source>Viewed the follow-ups due</source>
        <translation>Katsoi ajankohtaisia seurantakäyntejä</translation>
    </message>
    <message>
        <source>Viewed handled flags</source>
        <translation>Katsoi käsiteltyjä merkintöjä</translation>
    </message>
    <message>
        <source>Listed pupils</source>
        <translation>Listasi oppilaat</translation>
    </message>
    <message>
        <source>Viewed results</source>
        <translation>Katsoi tuloksia</translation>
    </message>
    <message>
        <source>Viewed the log</source>
        <translation>Katsoi lokia</translation>
    </message>
    <message>
        <source>Opened the screening&apos;s live view</source>
        <translation>Avasi seulonnan tilannenäkymän</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Vei tapahtumalokin</translation>
    </message>
    <message>
        <source>Exported results</source>
        <translation>Vei tuloksia</translation>
    </message>
    <message>
        <source>Printed check-in codes</source>
        <translation>Tulosti kirjautumiskoodit</translation>
    </message>
    <message>
        <source>Printed the visit summary</source>
        <translation>Tulosti käynnin yhteenvedon</translation>
    </message>
    <message>
        <source>Exported group figures</source>
        <translation>Vei ryhmälukuja</translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation>Varmuuskopioi tietokannan</translation>
    </message>
    <message>
        <source>Marked flags handled</source>
        <translation>Merkitsi merkinnät käsitellyiksi</translation>
    </message>
    <message>
        <source>Recorded a case action</source>
        <translation>Kirjasi jatkotoimen</translation>
    </message>
    <message>
        <source>Marked a follow-up done</source>
        <translation>Merkitsi seurantakäynnin tehdyksi</translation>
    </message>
    <message>
        <source>Shared the case</source>
        <translation>Jakoi tapauksen</translation>
    </message>
    <message>
        <source>Withdrew the share</source>
        <translation>Perui jaon</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>Loi käyttäjätunnuksen</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Asetti salasanan</translation>
    </message>
    <message>
        <source>Assigned schools</source>
        <translation>Määritti koulut</translation>
    </message>
    <message>
        <source>Activated or deactivated an account</source>
        <translation>Otti käyttäjätunnuksen käyttöön tai pois käytöstä</translation>
    </message>
    <message>
        <source>Added a school</source>
        <translation>Lisäsi koulun</translation>
    </message>
    <message>
        <source>Imported a class list</source>
        <translation>Toi luokkalistan</translation>
    </message>
    <message>
        <source>Created a round</source>
        <translation>Loi kierroksen</translation>
    </message>
    <message>
        <source>Recorded answers</source>
        <translation>Kirjasi vastaukset</translation>
    </message>
    <message>
        <source>Erased a pupil</source>
        <translation>Poisti oppilaan tiedot</translation>
    </message>
    <message>
        <source>Changed the small-group threshold</source>
        <translation>Muutti pienten ryhmien rajaa</translation>
    </message>
    <message>
        <source>Restored the database</source>
        <translation>Palautti tietokannan</translation>
    </message>
    <message>
        <source>Changed the name of an account</source>
        <translation>Muutti käyttäjän nimeä</translation>
    </message>
    <message numerus="yes">
        <source>attention list, %n result(s)</source>
        <translation>
            <numerusform>huomiolista, %n tulos</numerusform>
            <numerusform>huomiolista, %n tulosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log entry(ies)</source>
        <translation>
            <numerusform>%n lokirivi</numerusform>
            <numerusform>%n lokiriviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case action(s)</source>
        <translation>
            <numerusform>%n jatkotoimi</numerusform>
            <numerusform>%n jatkotoimea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n jako</numerusform>
            <numerusform>%n jakoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handled flag(s)</source>
        <translation>
            <numerusform>%n käsitelty merkintä</numerusform>
            <numerusform>%n käsiteltyä merkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n oppilas</numerusform>
            <numerusform>%n oppilasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due by %1</source>
        <translation>
            <numerusform>%n seurantakäynti %1 mennessä</numerusform>
            <numerusform>%n seurantakäyntiä %1 mennessä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n tulos</numerusform>
            <numerusform>%n tulosta</numerusform>
        </translation>
    </message>
    <message>
        <source>, pseudonymised</source>
        <translation>, pseudonymisoituna</translation>
    </message>
    <message>
        <source>, round %1</source>
        <translation>, kierros %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in code(s), class id %1, round id %2</source>
        <translation>
            <numerusform>%n kirjautumiskoodi, luokan tunniste %1, kierroksen tunniste %2</numerusform>
            <numerusform>%n kirjautumiskoodia, luokan tunniste %1, kierroksen tunniste %2</numerusform>
        </translation>
    </message>
    <message>
        <source>class %1, round %2, questionnaire %3</source>
        <translation>luokka %1, kierros %2, kysely %3</translation>
    </message>
    <message>
        <source>class %1, round %2</source>
        <translation>luokka %1, kierros %2</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>ei tuloksia</translation>
    </message>
    <message>
        <source>results of %1</source>
        <translation>tulokset: %1</translation>
    </message>
    <message>
        <source>visit summary (PDF)</source>
        <translation>käynnin yhteenveto (PDF)</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s), response %1</source>
        <translation>
            <numerusform>%n merkintä, vastaus %1</numerusform>
            <numerusform>%n merkintää, vastaus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>jatkotoimi %1</translation>
    </message>
    <message>
        <source>shared with %1, the pupil&apos;s consent given %2</source>
        <translation>jaettu käyttäjälle %1, oppilaan suostumus annettu %2</translation>
    </message>
    <message>
        <source>shared with %1, the guardian&apos;s consent given %2</source>
        <translation>jaettu käyttäjälle %1, huoltajan suostumus annettu %2</translation>
    </message>
    <message>
        <source>share with %1 withdrawn</source>
        <translation>jako käyttäjälle %1 peruttu</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>aiempi %1, uusi %2</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>kierros %1</translation>
    </message>
    <message>
        <source>questionnaire %1 %2, round id %3</source>
        <translation>kysely %1 %2, kierroksen tunniste %3</translation>
    </message>
    <message>
        <source>class list %1, pupil added</source>
        <translation>luokkalista %1, oppilas lisätty</translation>
    </message>
    <message>
        <source>class list %1, pupil updated</source>
        <translation>luokkalista %1, oppilaan tiedot päivitetty</translation>
    </message>
    <message>
        <source>user %1, role %2</source>
        <translation>käyttäjä %1, rooli %2</translation>
    </message>
    <message>
        <source>user %1, no schools</source>
        <translation>käyttäjä %1, ei kouluja</translation>
    </message>
    <message>
        <source>user %1, school ids %2</source>
        <translation>käyttäjä %1, koulujen tunnisteet %2</translation>
    </message>
    <message>
        <source>user %1 activated</source>
        <translation>käyttäjä %1 otettu käyttöön</translation>
    </message>
    <message>
        <source>user %1 deactivated</source>
        <translation>käyttäjä %1 poistettu käytöstä</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>käyttäjä %1</translation>
    </message>
    <message>
        <source>school %1 (id %2)</source>
        <translation>koulu %1 (tunniste %2)</translation>
    </message>
    <message>
        <source>administrator %1, nurse %2, school id %3</source>
        <translation>pääkäyttäjä %1, terveydenhoitaja %2, koulun tunniste %3</translation>
    </message>
    <message>
        <source>backup to %1</source>
        <translation>varmuuskopio tiedostoon %1</translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation>palautettu tiedostosta %1</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>jakauma</translation>
    </message>
    <message>
        <source>heat map</source>
        <translation>lämpökartta</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>kehitys</translation>
    </message>
    <message>
        <source>follow-up funnel</source>
        <translation>suppilokuvio</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 %2-muodossa</translation>
    </message>
    <message>
        <source>A sign-in was refused</source>
        <translation>Kirjautuminen torjuttiin</translation>
    </message>
    <message>
        <source>Checked the audit log&apos;s chain</source>
        <translation>Tarkisti tapahtumalokin ketjun</translation>
    </message>
    <message>
        <source>A check-in at the kiosk did not match</source>
        <translation>Kioskikirjautuminen ei täsmännyt</translation>
    </message>
    <message>
        <source>Check-in at the kiosk was locked after wrong attempts</source>
        <translation>Kioskikirjautuminen lukittui väärien yritysten jälkeen</translation>
    </message>
    <message>
        <source>Unlocked check-in at the kiosk</source>
        <translation>Avasi kioskikirjautumisen</translation>
    </message>
    <message>
        <source>Named the pupil in a class list of another school</source>
        <translation>Nimesi oppilaan toisen koulun luokkaluettelossa</translation>
    </message>
    <message>
        <source>Encrypted the database</source>
        <translation>Salasi tietokannan</translation>
    </message>
    <message>
        <source>Opened the database with the recovery key</source>
        <translation>Avasi tietokannan palautusavaimella</translation>
    </message>
    <message>
        <source>Trusted another installation</source>
        <translation>Luotti toiseen asennukseen</translation>
    </message>
    <message>
        <source>Revoked the trust in an installation</source>
        <translation>Perui luottamuksen asennukseen</translation>
    </message>
    <message>
        <source>Sent results in a bundle</source>
        <translation>Lähetti tuloksia paketissa</translation>
    </message>
    <message>
        <source>Received results from a bundle</source>
        <translation>Vastaanotti tuloksia paketista</translation>
    </message>
    <message>
        <source>Viewed the conflicts of received results</source>
        <translation>Katsoi vastaanotettujen tulosten ristiriidat</translation>
    </message>
    <message>
        <source>Named the pupil in a bundle for another school</source>
        <translation>Nimesi oppilaan toisen koulun paketissa</translation>
    </message>
</context>
<context>
    <name>signaali::ui::BundleText</name>
    <message>
        <source>Erasures</source>
        <translation>Poistot</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Koulut</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Luokat</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Kierrokset</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Kyselyt</translation>
    </message>
    <message>
        <source>Staff names</source>
        <translation>Työntekijöiden nimet</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Oppilaat</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Handled flags</source>
        <translation>Käsitellyt liputukset</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <source>Case shares</source>
        <translation>Tapausten jaot</translation>
    </message>
    <message>
        <source>Group figures</source>
        <translation>Ryhmäluvut</translation>
    </message>
    <message>
        <source>changed response</source>
        <translation>muuttunut vastaus</translation>
    </message>
    <message>
        <source>second completed response</source>
        <translation>toinen valmis vastaus</translation>
    </message>
    <message>
        <source>The bundle had this response with other answers than the ones kept here. The ones here were kept.</source>
        <translation>Paketissa oli tämä vastaus eri vastauksin kuin tässä asennuksessa. Täällä olevat säilytettiin.</translation>
    </message>
    <message>
        <source>The pupil completed this questionnaire in the same round on both installations. The response here was kept.</source>
        <translation>Oppilas täytti tämän kyselyn samalla kierroksella molemmissa asennuksissa. Täällä oleva vastaus säilytettiin.</translation>
    </message>
    <message>
        <source>Group figures received from %1.</source>
        <translation>Ryhmäluvut vastaanotettu asennuksesta %1.</translation>
    </message>
    <message>
        <source>Results received from %1.</source>
        <translation>Tulokset vastaanotettu asennuksesta %1.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already here</source>
        <translation>%1: %2 uutta, %3 oli jo täällä</translation>
    </message>
    <message>
        <source>The bundle held nothing new.</source>
        <translation>Paketissa ei ollut mitään uutta.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) matched to the same pupil, school, class or round here.</source>
        <translation>
            <numerusform>%n tietue yhdistettiin täällä jo olevaan samaan oppilaaseen, kouluun, luokkaan tai kierrokseen.</numerusform>
            <numerusform>%n tietuetta yhdistettiin täällä jo oleviin samoihin oppilaisiin, kouluihin, luokkiin tai kierroksiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished questionnaire(s) replaced by the completed one.</source>
        <translation>
            <numerusform>%n keskeneräinen kysely korvattiin valmiilla.</numerusform>
            <numerusform>%n keskeneräistä kyselyä korvattiin valmiilla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) erased here, as they had been erased there.</source>
        <translation>
            <numerusform>%n oppilas poistettiin täältä, koska hänet oli poistettu siellä.</numerusform>
            <numerusform>%n oppilasta poistettiin täältä, koska heidät oli poistettu siellä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of pupils already erased here left out.</source>
        <translation>
            <numerusform>%n tietue täältä jo poistetuista oppilaista jätettiin pois.</numerusform>
            <numerusform>%n tietuetta täältä jo poistetuista oppilaista jätettiin pois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): nothing here was overwritten; see the conflicts below.</source>
        <translation>
            <numerusform>%n ristiriita: mitään täällä olevaa ei korvattu; katso ristiriidat alta.</numerusform>
            <numerusform>%n ristiriitaa: mitään täällä olevaa ei korvattu; katso ristiriidat alta.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Ei ristiriitoja.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Group figures for %1 written to %2.</source>
        <translation>Ryhmäluvut asennukselle %1 kirjoitettu tiedostoon %2.</translation>
    </message>
    <message>
        <source>Results for %1 written to %2.</source>
        <translation>Tulokset asennukselle %1 kirjoitettu tiedostoon %2.</translation>
    </message>
    <message>
        <source>The file is encrypted for %1 only and signed by this installation. Take it there (a memory stick, or the municipality&apos;s secure transfer) and receive it on its Send and receive page; then delete it here.</source>
        <translation>Tiedosto on salattu vain asennukselle %1 ja tämän asennuksen allekirjoittama. Vie se sinne (muistitikulla tai kunnan suojatulla siirrolla) ja vastaanota se siellä Lähetä ja vastaanota -sivulla; poista se sitten täältä.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of pupils here in a school you are not a nurse of left out.</source>
        <translation>
            <numerusform>%n tietue täällä olevasta oppilaasta koulussa, jonka terveydenhoitaja et ole, jätettiin pois.</numerusform>
            <numerusform>%n tietuetta täällä olevista oppilaista kouluissa, joiden terveydenhoitaja et ole, jätettiin pois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signaali::ui::CasePanel</name>
    <message>
        <source>no later result yet</source>
        <translation>ei vielä uudempaa tulosta</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>korjaantunut</translation>
    </message>
    <message>
        <source>persisted</source>
        <translation>jatkunut</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>pahentunut</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>Mitä on tehty</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Seuraava kierros</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>What became of handled flags by the next screening</source>
        <translation>Miten käsitellyille merkinnöille kävi seuraavaan seulontaan mennessä</translation>
    </message>
    <message>
        <source>Handled flags after the next screening:</source>
        <translation>Käsitellyt merkinnät seuraavan seulonnan jälkeen:</translation>
    </message>
    <message>
        <source>Record what was done</source>
        <translation>Kirjaa, mitä tehtiin</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Mitä tehtiin</translation>
    </message>
    <message>
        <source>Date of the follow-up visit</source>
        <translation>Seurantakäynnin päivämäärä</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Muistiinpano (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirjaa</translation>
    </message>
    <message>
        <source>Shared with the case team</source>
        <translation>Jaettu asiantuntijaryhmälle</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Suostumuksen antaja</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Suostumuspäivä</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Jaettu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Case team members this case is shared with</source>
        <translation>Asiantuntijaryhmän jäsenet, joille tapaus on jaettu</translation>
    </message>
    <message>
        <source>Case team member</source>
        <translation>Asiantuntijaryhmän jäsen</translation>
    </message>
    <message>
        <source>Whose consent</source>
        <translation>Kenen suostumus</translation>
    </message>
    <message>
        <source>Consent from the guardian</source>
        <translation>Huoltajan suostumus</translation>
    </message>
    <message>
        <source>Consent from the pupil</source>
        <translation>Oppilaan suostumus</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Suostumuksen päivämäärä</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Jaa</translation>
    </message>
    <message>
        <source>Withdraw the share</source>
        <translation>Peru jako</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>oppilas</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>huoltaja</translation>
    </message>
    <message>
        <source>There are no case team members to share with.</source>
        <translation>Ei asiantuntijaryhmän jäseniä, joille tapauksen voisi jakaa.</translation>
    </message>
    <message>
        <source>Choose the share to withdraw.</source>
        <translation>Valitse peruttava jako.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korjaa…</translation>
    </message>
    <message>
        <source>Your own actions can be corrected on the day you recorded them.</source>
        <translation>Voit korjata omia kirjauksiasi samana päivänä, jona kirjasit ne.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Peruuta korjaus</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (korjattu)</translation>
    </message>
    <message>
        <source>Choose the action to correct.</source>
        <translation>Valitse korjattava jatkotoimi.</translation>
    </message>
    <message>
        <source>Only your own actions of today can be corrected; record a new action instead.</source>
        <translation>Vain omia tämänpäiväisiä kirjauksiasi voi korjata; kirjaa sen sijaan uusi jatkotoimi.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Tallenna korjaus</translation>
    </message>
    <message>
        <source>Choose the action to remove.</source>
        <translation>Valitse poistettava jatkotoimi.</translation>
    </message>
    <message>
        <source>Remove the action</source>
        <translation>Poista jatkotoimi</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; recorded %2? It stays in the case history.</source>
        <translation>Poistetaanko ”%1” (kirjattu %2)? Se säilyy tapauksen historiassa.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ChartPanel</name>
    <message>
        <source>Caption of the chart</source>
        <translation>Kaavion kuvateksti</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Vie:</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Export the chart as a PNG picture</source>
        <translation>Vie kaavio PNG-kuvana</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation>Vie kaavio SVG-piirroksena</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export the chart as a PDF page</source>
        <translation>Vie kaavio PDF-sivuna</translation>
    </message>
    <message>
        <source>Table as CSV</source>
        <translation>Taulukko CSV:nä</translation>
    </message>
    <message>
        <source>Export the table behind the chart as CSV</source>
        <translation>Vie kaavion taulukko CSV-tiedostona</translation>
    </message>
    <message>
        <source>Table as Excel</source>
        <translation>Taulukko Exceliin</translation>
    </message>
    <message>
        <source>Export the table behind the chart as an Excel workbook (XLSX)</source>
        <translation>Vie kaavion taulukko Excel-työkirjana (XLSX)</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Viennin tila</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: valitse tiedosto, jonka pääte on .png, .svg, .pdf, .csv tai .xlsx</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-piirros (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-taulukko (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::CheckInCodeSheet</name>
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
    <message>
        <source>Give the day and the month of your birthday.</source>
        <translation>Valitse syntymäpäiväsi päivä ja kuukausi.</translation>
    </message>
    <message>
        <source>Nurse: unlock check-in</source>
        <translation>Terveydenhoitaja: avaa kirjautuminen</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ClassOverviewPage</name>
    <message>
        <source>not answered</source>
        <translation>ei vastannut</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>keskeytynyt</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Suodata osa-alueen mukaan</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Suodata tason mukaan</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Suodata tilan mukaan</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Kaikki tasot</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Huoli</translation>
    </message>
    <message>
        <source>Watch or concern</source>
        <translation>Seuranta tai huoli</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ei vastannut</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Koulu:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Luokka:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>Kie&amp;rros:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Osa-alue:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Taso:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>Pupils of the class and their results</source>
        <translation>Luokan oppilaat ja heidän tuloksensa</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pupil(s))</source>
        <translation>
            <numerusform>%1 (%n oppilas)</numerusform>
            <numerusform>%1 (%n oppilasta)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a class and a round.</source>
        <translation>Valitse luokka ja kierros.</translation>
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
        <source>Overall</source>
        <translation>Kokonaistaso</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkinnät</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: completed %3, in progress %4, not answered %5</source>
        <translation>%1, %2: valmiita %3, kesken %4, vastaamatta %5</translation>
    </message>
    <message>
        <source>Who has answered (PDF)…</source>
        <translation>Vastanneiden lista (PDF)…</translation>
    </message>
    <message>
        <source>Print who has answered…</source>
        <translation>Tulosta vastanneiden lista…</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Tallenna lista</translation>
    </message>
    <message>
        <source>answered-%1.pdf</source>
        <translation>vastanneet-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Who has answered</source>
        <translation>Vastanneiden lista</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ConflictsPanel</name>
    <message>
        <source>Conflicts from received results</source>
        <translation>Vastaanotettujen tulosten ristiriidat</translation>
    </message>
    <message>
        <source>A received bundle had these results differently from this installation. Nothing here was overwritten: open the profile to check the result kept here.</source>
        <translation>Vastaanotetussa paketissa nämä tulokset olivat toisin kuin tässä asennuksessa. Mitään täällä olevaa ei korvattu: avaa profiili ja tarkista täällä säilytetty tulos.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Oppilas</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Ristiriita</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>&amp;Avaa profiili</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Ei ristiriitoja.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::CriticalAnswerBanner</name>
    <message>
        <source>Critical answer %1, %2</source>
        <translation>Kriittinen vastaus %1, %2</translation>
    </message>
    <message>
        <source>questionnaire not finished</source>
        <translation>kysely jäi kesken</translation>
    </message>
    <message>
        <source>not in the latest result</source>
        <translation>ei viimeisimmässä tuloksessa</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Merkitse käsitellyksi</translation>
    </message>
</context>
<context>
    <name>signaali::ui::DashboardFilters</name>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Kierros</translation>
    </message>
    <message>
        <source>Screening round</source>
        <translation>Seulontakierros</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>K&amp;oulu</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Luokka-aste</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Luokka-aste</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>S&amp;ukupuoli</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Osa-alue</translation>
    </message>
    <message>
        <source>Domain of the questionnaire</source>
        <translation>Kyselyn osa-alue</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mittari</translation>
    </message>
    <message>
        <source>Which share is shown</source>
        <translation>Mikä osuus näytetään</translation>
    </message>
    <message>
        <source>At concern level</source>
        <translation>Huolitasolla</translation>
    </message>
    <message>
        <source>Flagged (watch or concern)</source>
        <translation>Merkitty (seuranta tai huoli)</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Kaikki koulut</translation>
    </message>
    <message>
        <source>All my schools</source>
        <translation>Kaikki kouluni</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Kaikki luokka-asteet</translation>
    </message>
    <message>
        <source>Grade not recorded</source>
        <translation>Luokka-aste ei tiedossa</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1. luokka-aste</translation>
    </message>
    <message>
        <source>Overall level</source>
        <translation>Kokonaistaso</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Kierros: %1</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>Koulu: %1</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Luokka-aste: %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Sukupuoli: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::DashboardWidget</name>
    <message>
        <source>Group and trend figures</source>
        <translation>Ryhmä- ja kehityslukujen näkymä</translation>
    </message>
    <message>
        <source>Why no figures are shown</source>
        <translation>Miksi lukuja ei näytetä</translation>
    </message>
    <message>
        <source>Problem with the figures</source>
        <translation>Ongelma luvuissa</translation>
    </message>
    <message>
        <source>Dashboard views</source>
        <translation>Näkymät</translation>
    </message>
    <message>
        <source>Group signals</source>
        <translation>Ryhmäsignaalit</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Jakauma</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Lämpökartta</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Kehitys</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Suppilokuvio</translation>
    </message>
    <message>
        <source>Summary of the group signals</source>
        <translation>Ryhmäsignaalien yhteenveto</translation>
    </message>
    <message>
        <source>Group figures are not available to you.
%1</source>
        <translation>Ryhmäluvut eivät ole sinun nähtävissäsi.
%1</translation>
    </message>
    <message>
        <source>You have no schools whose figures you could see.</source>
        <translation>Sinulla ei ole kouluja, joiden lukuja voisit nähdä.</translation>
    </message>
    <message>
        <source>There are no screening rounds yet.</source>
        <translation>Seulontakierroksia ei ole vielä.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Lukuja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>Groups with fewer than %1 respondents are not broken down; counts from 1 to 4 are shown as a range, and further counts are hidden where a hidden one could be worked out by subtraction.</source>
        <translation>Alle %1 vastaajan ryhmiä ei eritellä; lukumäärät 1–4 näytetään vaihteluvälinä, ja muitakin lukuja piilotetaan, jos piilotetun voisi päätellä vähennyslaskulla.</translation>
    </message>
    <message>
        <source>%1. No class or school stands out: no share lies outside the funnel limits or rises significantly over the rounds.</source>
        <translation>%1. Mikään luokka tai koulu ei erotu: yksikään osuus ei ole suppilorajojen ulkopuolella eikä nouse merkitsevästi kierrosten aikana.</translation>
    </message>
    <message>
        <source>%1. %2 group signals, %3 of them at concern level: classes or schools whose share %4 lies outside the funnel limits around the municipal share, or rises over the rounds. About one group in twenty lies outside the 95 % limits by chance.</source>
        <translation>%1. %2 ryhmäsignaalia, niistä %3 huolitasolla: luokat tai koulut, joiden osuus %4 on kunnan osuuden ympärille lasketun suppilon rajojen ulkopuolella tai nousee kierrosten aikana. Noin joka kahdeskymmenes ryhmä on 95 %:n rajojen ulkopuolella sattumalta.</translation>
    </message>
    <message>
        <source>No funnel plot: the reference share is suppressed or there are no respondents.</source>
        <translation>Ei suppilokuviota: vertailuosuus on piilotettu tai vastaajia ei ole.</translation>
    </message>
    <message>
        <source>%1. %2 groups with %3 respondents placed; %4 groups not placed because their count is suppressed. A point outside the dashed lines lies outside the 95 % limits (about one group in twenty does so by chance), outside the solid lines beyond the 99.8 % limits.</source>
        <translation>%1. Kuviossa %2 ryhmää ja %3 vastaajaa; %4 ryhmää puuttuu, koska niiden luku on piilotettu. Katkoviivojen ulkopuolinen piste on 95 %:n rajojen ulkopuolella (noin joka kahdeskymmenes ryhmä sattumalta), yhtenäisten viivojen ulkopuolinen 99,8 %:n rajojen ulkopuolella.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2. %n group(s) with a suppressed part (grey). %3</source>
        <translation>
            <numerusform>%1. %2. %n ryhmä, jossa osa on piilotettu (harmaa). %3</numerusform>
            <numerusform>%1. %2. %n ryhmää, joissa osa on piilotettu (harmaa). %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2. %n cell(s) suppressed (grey, hatched, –). %3</source>
        <translation>
            <numerusform>%1. %2. %n solu piilotettu (harmaa, viivoitettu, –). %3</numerusform>
            <numerusform>%1. %2. %n solua piilotettu (harmaa, viivoitettu, –). %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signaali::ui::DevicesPage</name>
    <message>
        <source>This installation</source>
        <translation>Tämä asennus</translation>
    </message>
    <message>
        <source>Fingerprint of this installation</source>
        <translation>Tämän asennuksen sormenjälki</translation>
    </message>
    <message>
        <source>Another installation trusts this one by its device line: give it the line as a file or copy it. Its administrator then compares the fingerprint with the one shown here, read out in the same room or on the phone.</source>
        <translation>Toinen asennus luottaa tähän laiterivin perusteella: anna rivi sille tiedostona tai kopioi se. Sen pääkäyttäjä vertaa sitten sormenjälkeä tässä näkyvään, ääneen luettuna samassa huoneessa tai puhelimessa.</translation>
    </message>
    <message>
        <source>&amp;Copy device line</source>
        <translation>&amp;Kopioi laiterivi</translation>
    </message>
    <message>
        <source>&amp;Save device line…</source>
        <translation>&amp;Tallenna laiterivi…</translation>
    </message>
    <message>
        <source>Trusted installations</source>
        <translation>Luotetut asennukset</translation>
    </message>
    <message>
        <source>Results are sent only to these installations and received only from them. A revoked one&apos;s bundles are refused.</source>
        <translation>Tuloksia lähetetään vain näihin asennuksiin ja vastaanotetaan vain niistä. Peruutetun asennuksen paketit torjutaan.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sormenjälki</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Luottaja</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Luotettu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>&amp;Trust a device…</source>
        <translation>&amp;Luota laitteeseen…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Peru luottamus…</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nimi: %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>peruttu %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>luotettu</translation>
    </message>
    <message>
        <source>The device line is on the clipboard. Its fingerprint: %1</source>
        <translation>Laiterivi on leikepöydällä. Sen sormenjälki: %1</translation>
    </message>
    <message>
        <source>Save device line</source>
        <translation>Tallenna laiterivi</translation>
    </message>
    <message>
        <source>Device files (*.device)</source>
        <translation>Laitetiedostot (*.device)</translation>
    </message>
    <message>
        <source>The device line was not saved: %1</source>
        <translation>Laiteriviä ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Saved %1. Take it to the other installation; its administrator compares the fingerprint %2 with this screen before trusting it.</source>
        <translation>Tallennettu: %1. Vie se toiseen asennukseen; sen pääkäyttäjä vertaa sormenjälkeä %2 tähän näyttöön ennen kuin luottaa siihen.</translation>
    </message>
    <message>
        <source>Trust a device</source>
        <translation>Luota laitteeseen</translation>
    </message>
    <message>
        <source>Device files (*.device);;All files (*)</source>
        <translation>Laitetiedostot (*.device);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a device file.</source>
        <translation>%1 on liian suuri ollakseen laitetiedosto.</translation>
    </message>
    <message>
        <source>%1 is not a Signaali device file: its first line is not a device line (signaali-device …).</source>
        <translation>%1 ei ole Signaalin laitetiedosto: sen ensimmäinen rivi ei ole laiterivi (signaali-device …).</translation>
    </message>
    <message>
        <source>%1 is this installation&apos;s own device file; trust the other installation&apos;s file here.</source>
        <translation>%1 on tämän asennuksen oma laitetiedosto; luota tässä toisen asennuksen tiedostoon.</translation>
    </message>
    <message>
        <source>“%1” is now trusted: results can be sent to it and received from it.</source>
        <translation>Asennukseen ”%1” luotetaan nyt: sille voi lähettää tuloksia ja siltä voi vastaanottaa niitä.</translation>
    </message>
    <message>
        <source>Choose an installation in the list first.</source>
        <translation>Valitse ensin asennus luettelosta.</translation>
    </message>
    <message>
        <source>“%1” has already been revoked.</source>
        <translation>Luottamus asennukseen ”%1” on jo peruttu.</translation>
    </message>
    <message>
        <source>Revoke trust</source>
        <translation>Peru luottamus</translation>
    </message>
    <message>
        <source>Revoke the trust in “%1” (fingerprint %2)? Its bundles are refused from now on and nothing more can be sent to it. This cannot be undone.</source>
        <translation>Perutaanko luottamus asennukseen ”%1” (sormenjälki %2)? Sen paketit torjutaan tästä lähtien, eikä sille voi enää lähettää mitään. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>“%1” is no longer trusted.</source>
        <translation>Asennukseen ”%1” ei enää luoteta.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::DistributionChart</name>
    <message>
        <source> (n %1)</source>
        <translation> (n %1)</translation>
    </message>
    <message>
        <source>Distribution of levels</source>
        <translation>Tasojen jakauma</translation>
    </message>
    <message>
        <source>Distribution of levels: %1</source>
        <translation>Tasojen jakauma: %1</translation>
    </message>
    <message>
        <source>Share of respondents</source>
        <translation>Osuus vastaajista</translation>
    </message>
    <message>
        <source>Bar chart of OK, watch and concern shares in %1 groups</source>
        <translation>Pylväskaavio OK-, seuranta- ja huoliosuuksista %1 ryhmässä</translation>
    </message>
</context>
<context>
    <name>signaali::ui::FunnelChart</name>
    <message>
        <source>Funnel plot, %1: share %2, %3</source>
        <translation>Suppilokuvio, %1: osuus %2, %3</translation>
    </message>
    <message>
        <source>overall level</source>
        <translation>kokonaistaso</translation>
    </message>
    <message>
        <source>95 % control limits</source>
        <translation>95 %:n kontrollirajat</translation>
    </message>
    <message>
        <source>99.8 % control limits</source>
        <translation>99,8 %:n kontrollirajat</translation>
    </message>
    <message>
        <source>Municipal share %1 (%2)</source>
        <translation>Kunnan osuus %1 (%2)</translation>
    </message>
    <message>
        <source>School share %1 (%2)</source>
        <translation>Koulun osuus %1 (%2)</translation>
    </message>
    <message>
        <source>Within the limits</source>
        <translation>Rajojen sisällä</translation>
    </message>
    <message>
        <source>Above the 95 % limit</source>
        <translation>Yli 95 %:n rajan</translation>
    </message>
    <message>
        <source>Above the 99.8 % limit</source>
        <translation>Yli 99,8 %:n rajan</translation>
    </message>
    <message>
        <source>Below the 95 % limit</source>
        <translation>Alle 95 %:n rajan</translation>
    </message>
    <message>
        <source>Respondents in the group (n)</source>
        <translation>Vastaajia ryhmässä (n)</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Osuus %1</translation>
    </message>
    <message>
        <source>Funnel plot of %1 groups, %2 outside the 95 % limits</source>
        <translation>Suppilokuvio %1 ryhmästä, %2 95 %:n rajojen ulkopuolella</translation>
    </message>
</context>
<context>
    <name>signaali::ui::GreetingBar</name>
    <message>
        <source>Hi, %1!</source>
        <translation>Hei, %1!</translation>
    </message>
    <message>
        <source>Not you?</source>
        <translation>Etkö ole sinä?</translation>
    </message>
    <message>
        <source>Not you? Back to choosing your name</source>
        <translation>Etkö ole sinä? Takaisin nimen valintaan</translation>
    </message>
</context>
<context>
    <name>signaali::ui::GroupSignalTable</name>
    <message>
        <source>Group signals with their reasons</source>
        <translation>Ryhmäsignaalit perusteluineen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaali</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>Outside the funnel limits</source>
        <translation>Suppilon rajojen ulkopuolella</translation>
    </message>
    <message>
        <source>Rising over the rounds</source>
        <translation>Nousee kierrosten aikana</translation>
    </message>
</context>
<context>
    <name>signaali::ui::HeatMapWidget</name>
    <message>
        <source>Heat map of concern shares by group and domain</source>
        <translation>Lämpökartta huoliosuuksista ryhmittäin ja osa-alueittain</translation>
    </message>
    <message>
        <source> (n %1)</source>
        <translation> (n %1)</translation>
    </message>
    <message>
        <source>%1 of %2 at concern level (%3)</source>
        <translation>%1/%2 huolitasolla (%3)</translation>
    </message>
    <message>
        <source>, 95 % interval %1 to %2</source>
        <translation>, 95 %:n luottamusväli %1–%2</translation>
    </message>
    <message>
        <source>suppressed: %1 at concern level of %2 respondents</source>
        <translation>piilotettu: %1 huolitasolla, vastaajia %2</translation>
    </message>
    <message>
        <source>Share at concern level by group and domain</source>
        <translation>Huolitasolla olevien osuus ryhmittäin ja osa-alueittain</translation>
    </message>
    <message>
        <source>No figures for this choice.</source>
        <translation>Ei lukuja tällä valinnalla.</translation>
    </message>
    <message>
        <source>Share at concern level:</source>
        <translation>Osuus huolitasolla:</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 tai enemmän</translation>
    </message>
    <message>
        <source>not shown to protect small groups; n 1–%1: fewer than %2 respondents</source>
        <translation>ei näytetä pienten ryhmien suojaamiseksi; n 1–%1: alle %2 vastaajaa</translation>
    </message>
</context>
<context>
    <name>signaali::ui::HistoryChart</name>
    <message numerus="yes">
        <source>Chart of the pupil&apos;s scores over %n round(s)</source>
        <translation>
            <numerusform>Kaavio oppilaan pisteistä %n kierrokselta</numerusform>
            <numerusform>Kaavio oppilaan pisteistä %n kierrokselta</numerusform>
        </translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>Scores over the screening rounds (higher is more burden)</source>
        <translation>Pisteet seulontakierroksittain (suurempi = enemmän kuormitusta)</translation>
    </message>
    <message>
        <source>% of the domain&apos;s maximum score</source>
        <translation>% osa-alueen enimmäispisteistä</translation>
    </message>
</context>
<context>
    <name>signaali::ui::HtmlPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
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
    <message>
        <source>No school is assigned to you; the administrator assigns schools.</source>
        <translation>Sinulle ei ole määritetty kouluja; pääkäyttäjä määrittää koulut.</translation>
    </message>
    <message>
        <source>&amp;Language of your views in the kiosk</source>
        <translation>&amp;Omien näkymiesi kieli kioskissa</translation>
    </message>
    <message>
        <source>Read aloud does not work on this computer: no text-to-speech voices are installed. Pupils who need the questions read to them need your help.</source>
        <translation>Ääneen lukeminen ei toimi tällä tietokoneella: puheääniä ei ole asennettu. Oppilaat, joille kysymykset pitää lukea ääneen, tarvitsevat apuasi.</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Read aloud has voices in: %1.</source>
        <translation>Ääneen lukemiseen on puheääni kielillä: %1.</translation>
    </message>
    <message>
        <source>No voice in: %1; pupils answering in it cannot have questions read aloud.</source>
        <translation>Ei puheääntä kielellä: %1; sillä kielellä vastaaville oppilaille kysymyksiä ei voi lukea ääneen.</translation>
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
    <message>
        <source>Live view</source>
        <translation>Tilannenäkymä</translation>
    </message>
    <message>
        <source>The live view is not shown: %1</source>
        <translation>Tilannenäkymää ei näytetä: %1</translation>
    </message>
    <message>
        <source>Check-in is locked after too many wrong tries. Please ask the nurse.</source>
        <translation>Kirjautuminen on lukittu liian monen väärän yrityksen jälkeen. Kysy terveydenhoitajalta.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Liian monta väärää yritystä. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Liian monta väärää yritystä. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nurse&apos;s PIN to unlock check-in</source>
        <translation>Terveydenhoitajan PIN-koodi kirjautumisen avaamiseen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Kirjautuminen</translation>
    </message>
    <message>
        <source>Check-in was not unlocked: %1</source>
        <translation>Kirjautumista ei avattu: %1</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Yritä uudelleen.</translation>
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
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>signaali::ui::PasswordChangePage</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Valitse oma salasana</translation>
    </message>
    <message>
        <source>%1, the administrator has set a one-time password for your account. Choose a password of your own (at least 10 characters) before you go on. Afterwards you will see who reset it and when.</source>
        <translation>%1, pääkäyttäjä on asettanut tilillesi kertakäyttöisen salasanan. Valitse oma salasana (vähintään 10 merkkiä) ennen kuin jatkat. Sen jälkeen näet, kuka salasanan nollasi ja milloin.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Uusi salasana:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Uudelleen:</translation>
    </message>
    <message>
        <source>Set my password</source>
        <translation>Aseta salasanani</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
</context>
<context>
    <name>signaali::ui::PinDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>signaali::ui::PinGuard</name>
    <message numerus="yes">
        <source>Wrong PIN too many times. The PIN can be tried again in %n second(s).</source>
        <translation>
            <numerusform>Väärä PIN-koodi liian monta kertaa. PIN-koodia voi kokeilla uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Väärä PIN-koodi liian monta kertaa. PIN-koodia voi kokeilla uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Väärä PIN-koodi. Yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ProfilePage</name>
    <message>
        <source>Questionnaire</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Summary for the visit (PDF)…</source>
        <translation>Yhteenveto käyntiä varten (PDF)…</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Latest result by domain</source>
        <translation>Viimeisin tulos osa-alueittain</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>The pupil&apos;s answers</source>
        <translation>Oppilaan vastaukset</translation>
    </message>
    <message>
        <source>Domain shown in the chart</source>
        <translation>Kaaviossa näytettävä osa-alue</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Viimeisin tulos</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <source>%1, class %2, %3</source>
        <translation>%1, luokka %2, %3</translation>
    </message>
    <message>
        <source>No completed questionnaires yet.</source>
        <translation>Valmiita kyselyvastauksia ei vielä ole.</translation>
    </message>
    <message>
        <source>%1, round %2, answered %3. Overall level: %4</source>
        <translation>%1, kierros %2, vastattu %3. Kokonaistaso: %4</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ei pisteytetty</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Ei merkintöjä.</translation>
    </message>
    <message>
        <source>Why flagged:</source>
        <translation>Miksi merkitty:</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Kaikki osa-alueet</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Tallenna yhteenveto</translation>
    </message>
    <message>
        <source>summary-%1.pdf</source>
        <translation>yhteenveto-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Print the summary…</source>
        <translation>Tulosta yhteenveto…</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ProfileSummary</name>
    <message>
        <source>Talked with the pupil</source>
        <translation>Keskusteltu oppilaan kanssa</translation>
    </message>
    <message>
        <source>Follow-up visit booked</source>
        <translation>Seurantakäynti varattu</translation>
    </message>
    <message>
        <source>Referred to the school psychologist</source>
        <translation>Ohjattu koulupsykologille</translation>
    </message>
    <message>
        <source>Referred to the school social worker</source>
        <translation>Ohjattu koulukuraattorille</translation>
    </message>
    <message>
        <source>Referred to the doctor</source>
        <translation>Ohjattu lääkärille</translation>
    </message>
    <message>
        <source>Referred to urgent care</source>
        <translation>Ohjattu päivystykseen</translation>
    </message>
    <message>
        <source>Contacted the guardian</source>
        <translation>Oltu yhteydessä huoltajaan</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Ei toimenpiteitä tarpeen</translation>
    </message>
    <message>
        <source>Health check summary: %1 %2</source>
        <translation>Yhteenveto terveystarkastusta varten: %1 %2</translation>
    </message>
    <message>
        <source>Born %1 · class %2 · %3</source>
        <translation>Syntynyt %1 · luokka %2 · %3</translation>
    </message>
    <message>
        <source>Round %1, answered %2. Overall: %3</source>
        <translation>Kierros %1, vastattu %2. Kokonaistaso: %3</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Miksi merkitty</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>Tehty tähän mennessä</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2. A screening aid, not a diagnosis. Confidential patient data.</source>
        <translation>Laatinut %1 %2. Seulonnan apuväline, ei diagnoosi. Salassa pidettäviä potilastietoja.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::PupilSearchBox</name>
    <message>
        <source>Find a pupil by name</source>
        <translation>Hae oppilasta nimellä</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Hae</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Oppilas</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Syntynyt</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>Pupils whose name matches</source>
        <translation>Oppilaat, joiden nimi vastaa hakua</translation>
    </message>
    <message>
        <source>No pupil of your schools has that name.</source>
        <translation>Kouluissasi ei ole tämännimistä oppilasta.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) found</source>
        <translation>
            <numerusform>%n oppilas löytyi</numerusform>
            <numerusform>%n oppilasta löytyi</numerusform>
        </translation>
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
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Type a number, or choose one with the arrow keys.</source>
        <translation>Kirjoita luku tai valitse se nuolinäppäimillä.</translation>
    </message>
    <message>
        <source>Type a number, or choose one with the arrow keys. You can also skip this question.</source>
        <translation>Kirjoita luku tai valitse se nuolinäppäimillä. Voit myös ohittaa tämän kysymyksen.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ReadAloud</name>
    <message>
        <source>Reading aloud does not work on this computer. If you need help with reading, ask the nurse.</source>
        <translation>Ääneen lukeminen ei toimi tällä tietokoneella. Jos tarvitset apua lukemiseen, kysy terveydenhoitajalta.</translation>
    </message>
    <message>
        <source>Reading aloud does not work in this language on this computer. If you need help with reading, ask the nurse.</source>
        <translation>Ääneen lukeminen ei toimi tällä kielellä tällä tietokoneella. Jos tarvitset apua lukemiseen, kysy terveydenhoitajalta.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::RecoverySheetDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <source>The database is now encrypted. This recovery key opens it if every administrator forgets their password. Save it as a PDF or print it now, and keep it locked away with the municipality&apos;s other keys: Signaali does not store it and cannot show it again.</source>
        <translation>Tietokanta on nyt salattu. Tämä palautusavain avaa sen, jos kaikki pääkäyttäjät unohtavat salasanansa. Tallenna se PDF-tiedostoksi tai tulosta se nyt ja säilytä lukitussa paikassa kunnan muiden avainten kanssa: Signaali ei tallenna avainta eikä voi näyttää sitä uudelleen.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF:nä…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Signaali recovery sheet</source>
        <translation>Signaalin palautusavainlomake</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Kunta: %1</translation>
    </message>
    <message>
        <source>Database: %1, encrypted %2</source>
        <translation>Tietokanta: %1, salattu %2</translation>
    </message>
    <message>
        <source>This key opens the database when every administrator&apos;s password is lost: signaali-cli recover --db DATABASE --user ADMIN gives that administrator a new password.</source>
        <translation>Tämä avain avaa tietokannan, kun kaikkien pääkäyttäjien salasanat ovat kadonneet: signaali-cli recover --db TIETOKANTA --user PÄÄKÄYTTÄJÄ antaa tälle pääkäyttäjälle uuden salasanan.</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone who has it and the database file can read the pupils&apos; data.</source>
        <translation>Säilytä tämä lomake lukitussa paikassa. Kuka tahansa, jolla on se ja tietokantatiedosto, voi lukea oppilaiden tiedot.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Tallenna palautusavainlomake</translation>
    </message>
    <message>
        <source>signaali-recovery-sheet.pdf</source>
        <translation>signaali-palautusavain.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Tallennettu: %1. Tulosta se ja poista sitten tiedosto.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Lähetetty tulostimelle.</translation>
    </message>
    <message>
        <source>The recovery key has not been saved or printed. It cannot be shown again. Close anyway?</source>
        <translation>Palautusavainta ei ole tallennettu eikä tulostettu. Sitä ei voi näyttää uudelleen. Suljetaanko silti?</translation>
    </message>
</context>
<context>
    <name>signaali::ui::RoleText</name>
    <message>
        <source>School nurse</source>
        <translation>Terveydenhoitaja</translation>
    </message>
    <message>
        <source>Case team member</source>
        <translation>Asiantuntijaryhmän jäsen</translation>
    </message>
    <message>
        <source>Pupil welfare group</source>
        <translation>Oppilashuoltoryhmä</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
</context>
<context>
    <name>signaali::ui::SetupWizard</name>
    <message>
        <source>Setting up Signaali</source>
        <translation>Signaalin käyttöönotto</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <source>The administrator manages users, schools and questionnaires. The administrator does not see results.</source>
        <translation>Pääkäyttäjä hallinnoi käyttäjiä, kouluja ja kyselyitä. Pääkäyttäjä ei näe tuloksia.</translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation>Terveydenhoitaja</translation>
    </message>
    <message>
        <source>The first school nurse. She sees the results of the pupils in her schools and runs screenings.</source>
        <translation>Ensimmäinen terveydenhoitaja. Hän näkee koulujensa oppilaiden tulokset ja järjestää seulontakyselyt.</translation>
    </message>
    <message>
        <source>Municipality and school</source>
        <translation>Kunta ja koulu</translation>
    </message>
    <message>
        <source>Signaali keeps all data on this computer. More schools can be added later.</source>
        <translation>Signaali säilyttää kaikki tiedot tällä tietokoneella. Kouluja voi lisätä myöhemmin.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>First school</source>
        <translation>Ensimmäinen koulu</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>First &amp;school:</source>
        <translation>Ensimmäinen k&amp;oulu:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Salasana &amp;uudelleen:</translation>
    </message>
    <message>
        <source>At least %1 characters. A pass phrase of several words is easy to remember.</source>
        <translation>Vähintään %1 merkkiä. Useasta sanasta koostuva salalause on helppo muistaa.</translation>
    </message>
    <message>
        <source>Fill in the user name and the name.</source>
        <translation>Täytä käyttäjätunnus ja nimi.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Salasanassa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
    <message>
        <source>Fill in the municipality and the school.</source>
        <translation>Täytä kunta ja koulu.</translation>
    </message>
    <message>
        <source>The nurse needs a user name of her own.</source>
        <translation>Terveydenhoitajalla on oltava oma käyttäjätunnus.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::SharedCasesPage</name>
    <message>
        <source>Pupils whose case a school nurse has shared with you, with the pupil&apos;s or guardian&apos;s consent.</source>
        <translation>Oppilaat, joiden asian terveydenhoitaja on jakanut sinulle oppilaan tai huoltajan suostumuksella.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Oppilas</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Jakaja</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Jaettu</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Suostumuksen antaja</translation>
    </message>
    <message>
        <source>Cases shared with you</source>
        <translation>Sinulle jaetut tapaukset</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Avaa profiili</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>oppilas</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>huoltaja</translation>
    </message>
</context>
<context>
    <name>signaali::ui::SignInPage</name>
    <message>
        <source>Type your user name and password.</source>
        <translation>Kirjoita käyttäjätunnuksesi ja salasanasi.</translation>
    </message>
    <message>
        <source>Signaali is locked</source>
        <translation>Signaali on lukittu</translation>
    </message>
    <message>
        <source>Sign in to Signaali</source>
        <translation>Kirjaudu Signaaliin</translation>
    </message>
    <message>
        <source>%1, type your password to go on where you were.</source>
        <translation>%1, jatka siitä, mihin jäit, kirjoittamalla salasanasi.</translation>
    </message>
    <message>
        <source>Pupils&apos; health data: sign in with your own account.</source>
        <translation>Oppilaiden terveystietoja: kirjaudu sisään omilla tunnuksillasi.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. Try again in %n second(s).</source>
        <translation>
            <numerusform>Väärä käyttäjätunnus tai salasana. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Väärä käyttäjätunnus tai salasana. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Liian monta väärää salasanaa. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Liian monta väärää salasanaa. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in could not be checked: %1</source>
        <translation>Kirjautumista ei voitu tarkistaa: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::StartPage</name>
    <message>
        <source>Critical answer</source>
        <translation>Kriittinen vastaus</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Huoli</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>Aiempaa huonompi</translation>
    </message>
    <message>
        <source>Several signals together</source>
        <translation>Useita signaaleja yhtä aikaa</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Ajankohtaiset seurantakäynnit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Oppilas</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Follow-up visits that are due or overdue</source>
        <translation>Seurantakäynnit, jotka ovat ajankohtaisia tai myöhässä</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vaatii huomiota</translation>
    </message>
    <message>
        <source>Show handled</source>
        <translation>Näytä käsitellyt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Pupils whose results need attention</source>
        <translation>Oppilaat, joiden tulokset vaativat huomiota</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Avaa profiili</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Merkitse käsitellyksi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Ajankohtaiset seurantakäynnit (%n)</numerusform>
            <numerusform>Ajankohtaiset seurantakäynnit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <source>%1, questionnaire not finished</source>
        <translation>%1, kysely jäi kesken</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Kirjaa jatkotoimi…</translation>
    </message>
    <message>
        <source>Record follow-up for %1 %2</source>
        <translation>Kirjaa jatkotoimi oppilaalle %1 %2</translation>
    </message>
</context>
<context>
    <name>signaali::ui::TransferPage</name>
    <message>
        <source>Send results</source>
        <translation>Lähetä tulokset</translation>
    </message>
    <message>
        <source>The results go to another installation as one file, encrypted for it and signed by this one.</source>
        <translation>Tulokset menevät toiseen asennukseen yhtenä tiedostona, joka on salattu sille ja jonka tämä asennus allekirjoittaa.</translation>
    </message>
    <message>
        <source>Pupils&apos; results (for a nurse of the same schools)</source>
        <translation>Oppilaiden tulokset (samojen koulujen terveydenhoitajalle)</translation>
    </message>
    <message>
        <source>Group figures only (counts, for the coordinator)</source>
        <translation>Vain ryhmäluvut (lukumäärät, koordinaattorille)</translation>
    </message>
    <message>
        <source>Schools to send</source>
        <translation>Lähetettävät koulut</translation>
    </message>
    <message>
        <source>Rounds to send</source>
        <translation>Lähetettävät kierrokset</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vastaanottaja:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Mitä:</translation>
    </message>
    <message>
        <source>&amp;Schools:</source>
        <translation>&amp;Koulut:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>K&amp;ierrokset:</translation>
    </message>
    <message>
        <source>Send &amp;results…</source>
        <translation>Lähetä &amp;tulokset…</translation>
    </message>
    <message>
        <source>Receive results</source>
        <translation>Vastaanota tulokset</translation>
    </message>
    <message>
        <source>A bundle file made for this installation by one it trusts. It is checked whole before anything is merged: a bundle that fails a check changes nothing, and the same bundle is received only once.</source>
        <translation>Pakettitiedosto, jonka luotettu asennus on tehnyt tälle asennukselle. Se tarkistetaan kokonaan ennen kuin mitään yhdistetään: tarkistuksessa hylätty paketti ei muuta mitään, ja saman paketin voi vastaanottaa vain kerran.</translation>
    </message>
    <message>
        <source>Re&amp;ceive results…</source>
        <translation>Vastaanota t&amp;ulokset…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No trusted installation: the administrator trusts one on the Devices page</source>
        <translation>Ei luotettuja asennuksia: pääkäyttäjä luottaa niihin Laitteet-sivulla</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>in a file name</comment>
        <translation>yhteenveto</translation>
    </message>
    <message>
        <source>Signaali bundles (*.bundle)</source>
        <translation>Signaali-paketit (*.bundle)</translation>
    </message>
    <message>
        <source>Signaali bundles (*.bundle);;All files (*)</source>
        <translation>Signaali-paketit (*.bundle);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Choose the installation to send to. The administrator trusts installations on the Devices page.</source>
        <translation>Valitse asennus, jolle lähetät. Pääkäyttäjä luottaa asennuksiin Laitteet-sivulla.</translation>
    </message>
    <message>
        <source>Choose at least one school to send.</source>
        <translation>Valitse vähintään yksi lähetettävä koulu.</translation>
    </message>
    <message>
        <source>Choose at least one round to send.</source>
        <translation>Valitse vähintään yksi lähetettävä kierros.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Kirjoitetaan pakettia…</translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation>Tarkistetaan ja yhdistetään pakettia…</translation>
    </message>
</context>
<context>
    <name>signaali::ui::TrendChart</name>
    <message>
        <source>%1, %2: share %3 over the rounds</source>
        <translation>%1, %2: osuus %3 kierroksittain</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Osuus %1</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 %:n luottamusväli</translation>
    </message>
    <message>
        <source>Screening round</source>
        <translation>Seulontakierros</translation>
    </message>
    <message>
        <source>Share of respondents</source>
        <translation>Osuus vastaajista</translation>
    </message>
    <message>
        <source>Line chart of the share %1 in %2 over %3 rounds</source>
        <translation>Viivakaavio osuudesta %1, %2, %3 kierrokselta</translation>
    </message>
</context>
<context>
    <name>signaali::ui::TrendPage</name>
    <message>
        <source>Group of the trend</source>
        <translation>Kehityskuvan ryhmä</translation>
    </message>
    <message>
        <source>Trend &amp;for</source>
        <translation>Kehitys &amp;ryhmälle</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Koko kunta</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Luokka %1</translation>
    </message>
    <message>
        <source>Choose a group for the trend.</source>
        <translation>Valitse ryhmä, jonka kehitys näytetään.</translation>
    </message>
    <message>
        <source>No figures for %1 with this choice.</source>
        <translation>Ei lukuja ryhmälle %1 tällä valinnalla.</translation>
    </message>
    <message>
        <source>%1. Based on %2 questionnaires over %3 rounds up to %4. The band is the 95 % Wilson interval: with few respondents, it is wide.</source>
        <translation>%1. Perustuu %2 kyselyyn %3 kierrokselta, viimeisin %4. Vyöhyke on 95 %:n Wilsonin luottamusväli: vähillä vastaajilla se on leveä.</translation>
    </message>
    <message>
        <source>Not drawn (suppressed or no respondents): %1.</source>
        <translation>Ei piirretty (piilotettu tai ei vastaajia): %1.</translation>
    </message>
    <message>
        <source>%1. No round can be drawn for %2.</source>
        <translation>%1. Ryhmälle %2 ei voi piirtää yhtään kierrosta.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::TrustDeviceDialog</name>
    <message>
        <source>Trust another installation</source>
        <translation>Luota toiseen asennukseen</translation>
    </message>
    <message>
        <source>Ask the person at the other installation to read out the fingerprint on its Devices page, and type what they read here. Trust the file only if the two are the same: a file swapped or changed on the way has another fingerprint.</source>
        <translation>Pyydä toisen asennuksen ääressä olevaa lukemaan ääneen sen Laitteet-sivulla näkyvä sormenjälki, ja kirjoita lukemansa tähän. Luota tiedostoon vain, jos ne ovat samat: matkalla vaihdetulla tai muutetulla tiedostolla on eri sormenjälki.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint the other installation shows:</source>
        <translation>&amp;Toisen asennuksen näyttämä sormenjälki:</translation>
    </message>
    <message>
        <source>&amp;Name for it here:</source>
        <translation>&amp;Nimi sille täällä:</translation>
    </message>
    <message>
        <source>&amp;Trust this installation</source>
        <translation>&amp;Luota tähän asennukseen</translation>
    </message>
    <message>
        <source>Type the fingerprint the other installation shows on its Devices page.</source>
        <translation>Kirjoita sormenjälki, jonka toinen asennus näyttää Laitteet-sivullaan.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this file, so it is not trusted. Check it again with the other installation; if it still differs, the file does not come from there: ask for a new one.</source>
        <translation>Kirjoittamasi sormenjälki ei ole tämän tiedoston sormenjälki, joten siihen ei luoteta. Tarkista se uudelleen toisen asennuksen kanssa; jos se eroaa yhä, tiedosto ei ole sieltä: pyydä uusi.</translation>
    </message>
    <message>
        <source>The file %1 holds the device line of “%2”.</source>
        <translation>Tiedostossa %1 on asennuksen ”%2” laiterivi.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::UserEditor</name>
    <message>
        <source>Change the chosen user</source>
        <translation>Muokkaa valittua käyttäjää</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Koulut</translation>
    </message>
    <message>
        <source>May sign in (active)</source>
        <translation>Saa kirjautua (käytössä)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Tallenna muutokset</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Schools:</source>
        <translation>Koulut:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a user in the list above.</source>
        <translation>Valitse käyttäjä yllä olevasta luettelosta.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Koulut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Uusi käyttäjä</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Lisää käyttäjä</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rooli:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Salasana:</translation>
    </message>
    <message>
        <source>Schools (nurse, welfare group):</source>
        <translation>Koulut (terveydenhoitaja, oppilashuoltoryhmä):</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Uusi koulu</translation>
    </message>
    <message>
        <source>Add school</source>
        <translation>Lisää koulu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Group figures: groups with fewer respondents than this are not broken down:</source>
        <translation>Ryhmäluvut: ryhmiä, joissa on vähemmän vastaajia kuin tämä, ei eritellä:</translation>
    </message>
    <message>
        <source>Small-group threshold</source>
        <translation>Pienten ryhmien raja</translation>
    </message>
    <message>
        <source>Save threshold</source>
        <translation>Tallenna raja</translation>
    </message>
    <message>
        <source>none: sees nothing</source>
        <translation>ei kouluja: ei näe mitään</translation>
    </message>
    <message>
        <source>%1 (waits for confirmation)</source>
        <translation>%1 (odottaa vahvistusta)</translation>
    </message>
</context>
<context>
    <name>signaali::ui::WorkspaceWindow</name>
    <message>
        <source>&amp;Signaali</source>
        <translation>&amp;Signaali</translation>
    </message>
    <message>
        <source>Start a &amp;screening…</source>
        <translation>Aloita k&amp;ysely…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Kirjaudu &amp;ulos</translation>
    </message>
    <message>
        <source>Automatic &amp;lock…</source>
        <translation>&amp;Automaattinen lukitus…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Lo&amp;peta</translation>
    </message>
    <message>
        <source>Only %1 can unlock. Sign out to change user.</source>
        <translation>Vain %1 voi avata lukituksen. Vaihda käyttäjää kirjautumalla ulos.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Kirjautuneena: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Luokkanäkymä</translation>
    </message>
    <message>
        <source>Who has viewed</source>
        <translation>Kuka on katsonut</translation>
    </message>
    <message>
        <source>Shared cases</source>
        <translation>Jaetut tapaukset</translation>
    </message>
    <message>
        <source>Users and schools</source>
        <translation>Käyttäjät ja koulut</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Group figures</source>
        <translation>Ryhmäluvut</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Oppilas</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Automaattinen lukitus</translation>
    </message>
    <message>
        <source>Lock after this many minutes without input:</source>
        <translation>Lukitse, jos konetta ei ole käytetty näin moneen minuuttiin:</translation>
    </message>
    <message>
        <source>Signed in as %1. Read the notices on this page first.</source>
        <translation>Kirjautunut: %1. Lue ensin tämän sivun ilmoitukset.</translation>
    </message>
    <message>
        <source>Access and notices</source>
        <translation>Pääsyt ja ilmoitukset</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Salaus</translation>
    </message>
    <message>
        <source>The database could not be encrypted and stays as it was:
%1</source>
        <translation>Tietokantaa ei voitu salata, ja se jää ennalleen:
%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>One-time passwords</source>
        <translation>Kertakäyttöiset salasanat</translation>
    </message>
    <message>
        <source>The database is now encrypted. These accounts sign in once with these passwords and then choose their own. Give each to its owner in person.</source>
        <translation>Tietokanta on nyt salattu. Nämä käyttäjät kirjautuvat kerran näillä salasanoilla ja valitsevat sitten omansa. Anna kukin salasana omistajalleen henkilökohtaisesti.</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Lähetä ja vastaanota</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Laitteet</translation>
    </message>
</context>
</TS>
