"""The review on news as desks write and translate it: weather with times and temperatures,
sport results and race times, economy with amounts, percentages and ranges, politics with
dates and counts, courts with ages and sentences, transport with timetables. Each correct
translation is reworded as a translator would, with numbers in the locale's style, small
numbers in words, a 24-hour clock and dates in the locale's order, and passes the build's
review; each wrong one changes a figure, drops an amount, moves a time to the other half of
the day, a date's day and month, a currency or a change's direction, and is refused."""

from __future__ import annotations

import pytest
from test_check import unit

from syndicate.catalog import Message
from syndicate.check import check_message, publish_errors

# Each English sentence with its translations, by locale.
CORRECT: list[tuple[str, dict[str, str]]] = [
    # Weather
    ("Temperatures will climb to 34C on Tuesday afternoon before storms arrive around 6 p.m.", {
        "de": "Am Dienstagnachmittag steigen die Temperaturen auf 34 Grad, bevor gegen 18 Uhr Gewitter aufziehen.",
        "fr": "Les températures grimperont jusqu’à 34 degrés mardi après-midi avant l’arrivée d’orages vers 18 heures.",
        "es": "Las temperaturas subirán hasta los 34 grados el martes por la tarde antes de que lleguen las tormentas hacia las 18.00.",
        "it": "Martedì pomeriggio le temperature saliranno fino a 34 gradi prima dell’arrivo dei temporali verso le 18.",
    }),
    ("Up to 15 centimetres of snow is expected overnight, with the heaviest falls between 2 a.m. and 5 a.m.", {
        "de": "In der Nacht werden bis zu 15 Zentimeter Neuschnee erwartet, am stärksten schneit es zwischen 2 und 5 Uhr.",
        "fr": "Jusqu’à 15 centimètres de neige sont attendus dans la nuit, avec les chutes les plus fortes entre 2 heures et 5 heures.",
        "es": "Se esperan hasta 15 centímetros de nieve durante la noche, con las nevadas más intensas entre las 2.00 y las 5.00.",
        "it": "Nella notte sono attesi fino a 15 centimetri di neve, con le nevicate più intense tra le 2 e le 5.",
    }),
    ("The Met Office issued a yellow warning for wind from 9 p.m. on Friday until noon on Saturday.", {
        "de": "Der britische Wetterdienst gab eine gelbe Windwarnung von Freitag, 21 Uhr, bis Samstagmittag heraus.",
        "fr": "Le Met Office a émis une alerte jaune aux vents de vendredi 21 heures à samedi midi.",
        "es": "La Met Office emitió un aviso amarillo por viento desde las 21.00 del viernes hasta el mediodía del sábado.",
        "it": "Il Met Office ha diramato un’allerta gialla per vento dalle 21 di venerdì fino a mezzogiorno di sabato.",
    }),
    ("Overnight lows will drop to minus 8 degrees in the Alps.", {
        "de": "In den Alpen sinken die Tiefstwerte in der Nacht auf minus 8 Grad.",
        "fr": "Dans les Alpes, les minimales nocturnes descendront à moins 8 degrés.",
        "es": "Las mínimas nocturnas bajarán hasta los 8 grados bajo cero en los Alpes.",
        "it": "Nelle Alpi le minime notturne scenderanno a meno 8 gradi.",
    }),
    ("Gusts of up to 120 km/h were recorded on the coast on Sunday morning.", {
        "de": "Am Sonntagmorgen wurden an der Küste Böen von bis zu 120 km/h gemessen.",
        "fr": "Des rafales atteignant 120 km/h ont été enregistrées sur la côte dimanche matin.",
        "es": "El domingo por la mañana se registraron rachas de hasta 120 km/h en la costa.",
        "it": "Domenica mattina sulla costa sono state registrate raffiche fino a 120 km/h.",
    }),
    ("Rainfall of between 40 and 60 millimetres is forecast for Thursday.", {
        "de": "Für Donnerstag sind zwischen 40 und 60 Millimeter Regen vorhergesagt.",
        "fr": "Entre 40 et 60 millimètres de pluie sont prévus jeudi.",
        "es": "Para el jueves se prevén entre 40 y 60 milímetros de lluvia.",
        "it": "Per giovedì sono previsti tra 40 e 60 millimetri di pioggia.",
    }),
    ("It was the hottest June day since 1976, with 35.6C measured at Heathrow at 3.40 p.m.", {
        "de": "Es war der heißeste Junitag seit 1976: Um 15.40 Uhr wurden in Heathrow 35,6 Grad gemessen.",
        "fr": "C’était la journée de juin la plus chaude depuis 1976, avec 35,6 degrés relevés à Heathrow à 15 h 40.",
        "es": "Fue el día de junio más caluroso desde 1976, con 35,6 grados registrados en Heathrow a las 15.40.",
        "it": "È stata la giornata di giugno più calda dal 1976, con 35,6 gradi misurati a Heathrow alle 15.40.",
    }),
    ("The storm is expected to make landfall at about 11 p.m. local time on Wednesday.", {
        "de": "Der Sturm soll am Mittwoch gegen 23 Uhr Ortszeit auf Land treffen.",
        "fr": "La tempête devrait toucher terre mercredi vers 23 heures, heure locale.",
        "es": "Se espera que la tormenta toque tierra el miércoles hacia las 23.00 hora local.",
        "it": "La tempesta dovrebbe toccare terra mercoledì intorno alle 23 ora locale.",
        "ja": "嵐は水曜日の現地時間午後11時ごろに上陸する見通しだ。",
    }),
    ("Tailbacks of 9 to 17 km are expected from 6 p.m. on Friday.", {
        "de": "Ab Freitag 18 Uhr werden Staus von 9 bis 17 Kilometern erwartet.",
        "fr": "Des bouchons de 9 à 17 km sont attendus à partir de 18 heures vendredi.",
        "es": "Se esperan retenciones de 9 a 17 km a partir de las 6 de la tarde del viernes.",
        "it": "Sono previste code da 9 a 17 km a partire dalle 18 di venerdì.",
    }),
    ("A magnitude 6.4 earthquake struck at 3.17 a.m., killing at least 14 people.", {
        "de": "Ein Erdbeben der Stärke 6,4 erschütterte die Region um 3.17 Uhr und tötete mindestens 14 Menschen.",
        "fr": "Un séisme de magnitude 6,4 s’est produit à 3 h 17, faisant au moins 14 morts.",
        "es": "Un terremoto de magnitud 6,4 sacudió la zona a las 3.17 y causó al menos 14 muertos.",
        "it": "Un terremoto di magnitudo 6,4 ha colpito alle 3.17, uccidendo almeno 14 persone.",
    }),
    ("The heatwave is expected to last until the weekend, with highs of 38C to 40C.", {
        "de": "Die Hitzewelle soll bis zum Wochenende anhalten, mit Höchstwerten von 38 bis 40 Grad.",
        "fr": "La canicule devrait durer jusqu’au week-end, avec des maximales de 38 à 40 degrés.",
        "es": "Se espera que la ola de calor dure hasta el fin de semana, con máximas de entre 38 y 40 grados.",
        "it": "L’ondata di caldo dovrebbe durare fino al fine settimana, con massime tra 38 e 40 gradi.",
    }),
    ("More than 300 firefighters battled the blaze, which destroyed 1,500 hectares.", {
        "de": "Mehr als 300 Feuerwehrleute kämpften gegen den Brand, der 1500 Hektar zerstörte.",
        "fr": "Plus de 300 pompiers ont lutté contre l’incendie, qui a détruit 1 500 hectares.",
        "es": "Más de 300 bomberos combatieron el incendio, que arrasó 1.500 hectáreas.",
        "it": "Oltre 300 vigili del fuoco hanno combattuto l’incendio, che ha distrutto 1.500 ettari.",
    }),
    ("The river peaked at 8.3 metres on Wednesday evening, 1.5 metres above the alert level.", {
        "de": "Der Fluss erreichte am Mittwochabend mit 8,3 Metern seinen Höchststand, 1,5 Meter über der Alarmstufe.",
        "fr": "Le fleuve a atteint un pic de 8,3 mètres mercredi soir, 1,5 mètre au-dessus du seuil d’alerte.",
        "es": "El río alcanzó su pico de 8,3 metros el miércoles por la noche, 1,5 metros por encima del nivel de alerta.",
        "it": "Il fiume ha toccato il picco di 8,3 metri mercoledì sera, 1,5 metri sopra il livello di allerta.",
    }),
    ("Sunrise on the longest day is at 4.43 a.m.", {
        "de": "Am längsten Tag des Jahres geht die Sonne um 4.43 Uhr auf.",
        "fr": "Le jour le plus long, le soleil se lève à 4 h 43.",
        "es": "En el día más largo del año, el sol sale a las 4.43.",
        "it": "Nel giorno più lungo dell’anno il sole sorge alle 4.43.",
    }),
    # Sport
    ("Verstappen won in 1:32:15.4, 2.3 seconds ahead of Norris.", {
        "de": "Verstappen gewann in 1:32:15,4 Stunden mit 2,3 Sekunden Vorsprung auf Norris.",
        "fr": "Verstappen s’est imposé en 1 h 32 min 15,4 s, avec 2,3 secondes d’avance sur Norris.",
        "es": "Verstappen ganó con un tiempo de 1:32:15,4, 2,3 segundos por delante de Norris.",
        "it": "Verstappen ha vinto in 1:32:15,4, con 2,3 secondi di vantaggio su Norris.",
    }),
    ("Real Madrid beat Barcelona 3-1 on Sunday, with two goals in the last 10 minutes.", {
        "de": "Real Madrid schlug Barcelona am Sonntag mit 3:1, zwei Tore fielen in den letzten zehn Minuten.",
        "fr": "Le Real Madrid a battu Barcelone 3-1 dimanche, avec deux buts dans les dix dernières minutes.",
        "es": "El Real Madrid venció 3-1 al Barcelona el domingo, con dos goles en los últimos diez minutos.",
        "it": "Il Real Madrid ha battuto il Barcellona 3-1 domenica, con due gol negli ultimi dieci minuti.",
    }),
    ("Kipchoge finished in 2:03:45, the third-fastest time in history.", {
        "de": "Kipchoge lief nach 2:03:45 Stunden ins Ziel, die drittschnellste Zeit der Geschichte.",
        "fr": "Kipchoge a bouclé la course en 2 h 03 min 45 s, le troisième meilleur temps de l’histoire.",
        "es": "Kipchoge terminó en 2:03:45, el tercer mejor tiempo de la historia.",
        "it": "Kipchoge ha chiuso in 2:03:45, il terzo tempo più veloce della storia.",
    }),
    ("The Yankees lost 5-4 in 11 innings, their sixth defeat in seven games.", {
        "de": "Die Yankees verloren 4:5 nach elf Innings, ihre sechste Niederlage in sieben Spielen.",
        "fr": "Les Yankees ont perdu 5-4 en 11 manches, leur sixième défaite en sept matches.",
        "es": "Los Yankees perdieron 5-4 en 11 entradas, su sexta derrota en siete partidos.",
        "it": "Gli Yankees hanno perso 5-4 in 11 inning, la sesta sconfitta in sette partite.",
    }),
    ("Sinner beat Alcaraz 6-4, 3-6, 7-6 in three hours and 12 minutes.", {
        "de": "Sinner besiegte Alcaraz in drei Stunden und zwölf Minuten mit 6:4, 3:6, 7:6.",
        "fr": "Sinner a battu Alcaraz 6-4, 3-6, 7-6 en trois heures et douze minutes.",
        "es": "Sinner derrotó a Alcaraz por 6-4, 3-6 y 7-6 en tres horas y 12 minutos.",
        "it": "Sinner ha battuto Alcaraz 6-4, 3-6, 7-6 in tre ore e 12 minuti.",
    }),
    ("The 23-year-old ran the 100 metres in 9.79 seconds.", {
        "de": "Der 23-Jährige lief die 100 Meter in 9,79 Sekunden.",
        "fr": "Le sprinteur de 23 ans a couru le 100 mètres en 9,79 secondes.",
        "es": "El joven de 23 años corrió los 100 metros en 9,79 segundos.",
        "it": "Il 23enne ha corso i 100 metri in 9,79 secondi.",
    }),
    ("Kick-off is at 8.45 p.m. on Saturday, May 30.", {
        "de": "Anstoß ist am Samstag, 30. Mai, um 20.45 Uhr.",
        "fr": "Le coup d’envoi sera donné le samedi 30 mai à 20 h 45.",
        "es": "El partido comenzará el sábado 30 de mayo a las 20.45.",
        "it": "Il calcio d’inizio è fissato per sabato 30 maggio alle 20.45.",
        "ja": "キックオフは5月30日（土）午後8時45分。",
        "nl": "De aftrap is op zaterdag 30 mei om 20.45 uur.",
        "pt": "O pontapé de saída está marcado para sábado, 30 de maio, às 20h45.",
    }),
    ("The team has won 12 of its last 15 matches.", {
        "de": "Die Mannschaft hat zwölf ihrer letzten 15 Spiele gewonnen.",
        "fr": "L’équipe a remporté 12 de ses 15 derniers matches.",
        "es": "El equipo ha ganado 12 de sus últimos 15 partidos.",
        "it": "La squadra ha vinto 12 delle ultime 15 partite.",
    }),
    ("She finished second, 0.45 seconds behind the winner.", {
        "de": "Sie wurde Zweite, 0,45 Sekunden hinter der Siegerin.",
        "fr": "Elle a terminé deuxième, à 0,45 seconde de la gagnante.",
        "es": "Terminó segunda, a 0,45 segundos de la ganadora.",
        "it": "Si è classificata seconda, a 0,45 secondi dalla vincitrice.",
    }),
    ("The marathon starts at 9 a.m. and the fastest runners are expected at the finish shortly after 11 a.m.", {
        "de": "Der Marathon startet um 9 Uhr, die schnellsten Läufer werden kurz nach 11 Uhr im Ziel erwartet.",
        "fr": "Le marathon partira à 9 heures et les coureurs les plus rapides sont attendus à l’arrivée peu après 11 heures.",
        "es": "El maratón arranca a las 9.00 y se espera que los corredores más rápidos lleguen a la meta poco después de las 11.00.",
        "it": "La maratona parte alle 9 e i corridori più veloci sono attesi al traguardo poco dopo le 11.",
    }),
    ("The striker, 31, has scored 24 goals in 30 league games this season.", {
        "de": "Der 31-jährige Stürmer hat in dieser Saison 24 Tore in 30 Ligaspielen erzielt.",
        "fr": "L’attaquant de 31 ans a inscrit 24 buts en 30 matches de championnat cette saison.",
        "es": "El delantero, de 31 años, ha marcado 24 goles en 30 partidos de liga esta temporada.",
        "it": "L’attaccante, 31 anni, ha segnato 24 gol in 30 partite di campionato in questa stagione.",
    }),
    ("The club paid £85 million for the striker and sold its midfielder for €40 million.", {
        "de": "Der Verein zahlte 85 Millionen Pfund für den Stürmer und verkaufte seinen Mittelfeldspieler für 40 Millionen Euro.",
        "fr": "Le club a payé 85 millions de livres pour l’attaquant et a vendu son milieu de terrain 40 millions d’euros.",
        "es": "El club pagó 85 millones de libras por el delantero y vendió a su centrocampista por 40 millones de euros.",
        "it": "Il club ha pagato 85 milioni di sterline per l’attaccante e ha ceduto il suo centrocampista per 40 milioni di euro.",
    }),
    # Economy
    ("Inflation rose to 3.2% in March from 2.9% in February.", {
        "de": "Die Inflation stieg im März auf 3,2 Prozent, nach 2,9 Prozent im Februar.",
        "fr": "L’inflation est passée de 2,9 % en février à 3,2 % en mars.",
        "es": "La inflación subió al 3,2% en marzo desde el 2,9% de febrero.",
        "it": "L’inflazione è salita al 3,2% a marzo dal 2,9% di febbraio.",
        "nl": "De inflatie steeg in maart naar 3,2 procent, van 2,9 procent in februari.",
        "pt": "A inflação subiu para 3,2% em março, ante 2,9% em fevereiro.",
    }),
    ("The company reported a net profit of $4.5 billion, up 12% from a year earlier.", {
        "de": "Das Unternehmen meldete einen Nettogewinn von 4,5 Milliarden Dollar, 12 Prozent mehr als vor einem Jahr.",
        "fr": "Le groupe a publié un bénéfice net de 4,5 milliards de dollars, en hausse de 12 % sur un an.",
        "es": "La compañía registró un beneficio neto de 4.500 millones de dólares, un 12% más que un año antes.",
        "it": "La società ha registrato un utile netto di 4,5 miliardi di dollari, in crescita del 12% su base annua.",
        "ja": "同社の純利益は45億ドルで、前年比12％増だった。",
    }),
    ("The central bank raised its key rate by a quarter of a percentage point to 4.25%.", {
        "de": "Die Notenbank erhöhte ihren Leitzins um einen Viertelprozentpunkt auf 4,25 Prozent.",
        "fr": "La banque centrale a relevé son taux directeur d’un quart de point, à 4,25 %.",
        "es": "El banco central subió su tipo de referencia en un cuarto de punto porcentual, hasta el 4,25%.",
        "it": "La banca centrale ha alzato il tasso di riferimento di un quarto di punto percentuale, al 4,25%.",
    }),
    ("Analysts expect growth of between 1.5% and 2% this year.", {
        "de": "Analysten erwarten in diesem Jahr ein Wachstum zwischen 1,5 und 2 Prozent.",
        "fr": "Les analystes tablent sur une croissance comprise entre 1,5 % et 2 % cette année.",
        "es": "Los analistas esperan un crecimiento de entre el 1,5% y el 2% este año.",
        "it": "Gli analisti prevedono quest’anno una crescita compresa tra l’1,5% e il 2%.",
    }),
    ("Shares fell 7.5% to €18.40 in early trading in Frankfurt.", {
        "de": "Im frühen Frankfurter Handel fielen die Aktien um 7,5 Prozent auf 18,40 Euro.",
        "fr": "L’action a reculé de 7,5 % à 18,40 euros en début de séance à Francfort.",
        "es": "Las acciones cayeron un 7,5% hasta 18,40 euros en las primeras operaciones en Fráncfort.",
        "it": "Nelle prime contrattazioni a Francoforte il titolo è sceso del 7,5% a 18,40 euro.",
    }),
    ("The government plans to cut 2,500 jobs by 2027, saving £300 million a year.", {
        "de": "Die Regierung will bis 2027 2500 Stellen streichen und so jährlich 300 Millionen Pfund sparen.",
        "fr": "Le gouvernement prévoit de supprimer 2 500 postes d’ici à 2027, soit une économie de 300 millions de livres par an.",
        "es": "El Gobierno prevé recortar 2.500 empleos hasta 2027, con un ahorro de 300 millones de libras anuales.",
        "it": "Il governo intende tagliare 2.500 posti di lavoro entro il 2027, risparmiando 300 milioni di sterline l’anno.",
    }),
    ("Unemployment fell to 5.8 percent, its lowest level since 2008.", {
        "de": "Die Arbeitslosenquote sank auf 5,8 Prozent, den niedrigsten Stand seit 2008.",
        "fr": "Le taux de chômage est tombé à 5,8 %, son plus bas niveau depuis 2008.",
        "es": "El desempleo bajó al 5,8%, su nivel más bajo desde 2008.",
        "it": "La disoccupazione è scesa al 5,8%, il livello più basso dal 2008.",
    }),
    ("Oil prices rose $2.10 to $84.30 a barrel.", {
        "de": "Der Ölpreis stieg um 2,10 Dollar auf 84,30 Dollar je Barrel.",
        "fr": "Les cours du pétrole ont gagné 2,10 dollars, à 84,30 dollars le baril.",
        "es": "El precio del petróleo subió 2,10 dólares, hasta 84,30 dólares por barril.",
        "it": "Il prezzo del petrolio è salito di 2,10 dollari a 84,30 dollari al barile.",
    }),
    ("The merger is valued at about $12 billion, including debt.", {
        "de": "Die Fusion wird einschließlich Schulden mit rund 12 Milliarden Dollar bewertet.",
        "fr": "La fusion est valorisée à environ 12 milliards de dollars, dette comprise.",
        "es": "La fusión está valorada en unos 12.000 millones de dólares, incluida la deuda.",
        "it": "La fusione è valutata circa 12 miliardi di dollari, debito incluso.",
    }),
    ("Retail sales dropped 0.4% month on month in January.", {
        "de": "Die Einzelhandelsumsätze sanken im Januar gegenüber dem Vormonat um 0,4 Prozent.",
        "fr": "Les ventes au détail ont reculé de 0,4 % sur un mois en janvier.",
        "es": "Las ventas minoristas cayeron un 0,4% intermensual en enero.",
        "it": "A gennaio le vendite al dettaglio sono calate dello 0,4% su base mensile.",
    }),
    ("The firm expects revenue of $2.1 billion to $2.3 billion for the quarter.", {
        "de": "Das Unternehmen erwartet für das Quartal einen Umsatz von 2,1 bis 2,3 Milliarden Dollar.",
        "fr": "L’entreprise prévoit un chiffre d’affaires de 2,1 à 2,3 milliards de dollars pour le trimestre.",
        "es": "La empresa prevé unos ingresos de entre 2.100 y 2.300 millones de dólares en el trimestre.",
        "it": "L’azienda prevede ricavi tra 2,1 e 2,3 miliardi di dollari nel trimestre.",
    }),
    ("Prices doubled in two years, while wages rose by only a third.", {
        "de": "Die Preise haben sich in zwei Jahren verdoppelt, die Löhne stiegen dagegen nur um ein Drittel.",
        "fr": "Les prix ont doublé en deux ans, tandis que les salaires n’ont augmenté que d’un tiers.",
        "es": "Los precios se duplicaron en dos años, mientras que los salarios solo subieron un tercio.",
        "it": "I prezzi sono raddoppiati in due anni, mentre i salari sono aumentati solo di un terzo.",
    }),
    ("The euro was at $1.0850, down 0.3% on the day.", {
        "de": "Der Euro notierte bei 1,0850 Dollar, 0,3 Prozent weniger als am Vortag.",
        "fr": "L’euro s’échangeait à 1,0850 dollar, en baisse de 0,3 % sur la journée.",
        "es": "El euro cotizaba a 1,0850 dólares, un 0,3% menos en la jornada.",
        "it": "L’euro si attestava a 1,0850 dollari, in calo dello 0,3% nella giornata.",
    }),
    ("Exports to China fell by a fifth in the first half of the year.", {
        "de": "Die Exporte nach China gingen im ersten Halbjahr um ein Fünftel zurück.",
        "fr": "Les exportations vers la Chine ont reculé d’un cinquième au premier semestre.",
        "es": "Las exportaciones a China cayeron una quinta parte en el primer semestre.",
        "it": "Le esportazioni verso la Cina sono calate di un quinto nel primo semestre.",
    }),
    ("The budget deficit narrowed to 4.4 percent of GDP in 2024 from 5.5 percent a year earlier.", {
        "de": "Das Haushaltsdefizit verringerte sich 2024 auf 4,4 Prozent des BIP, nach 5,5 Prozent im Vorjahr.",
        "fr": "Le déficit budgétaire s’est réduit à 4,4 % du PIB en 2024, contre 5,5 % un an plus tôt.",
        "es": "El déficit presupuestario se redujo al 4,4% del PIB en 2024, frente al 5,5% del año anterior.",
        "it": "Nel 2024 il deficit di bilancio è sceso al 4,4% del Pil dal 5,5% dell’anno precedente.",
    }),
    ("Tickets cost between €45 and €120.", {
        "de": "Die Karten kosten zwischen 45 und 120 Euro.",
        "fr": "Les billets coûtent entre 45 et 120 euros.",
        "es": "Las entradas cuestan entre 45 y 120 euros.",
        "it": "I biglietti costano tra i 45 e i 120 euro.",
    }),
    ("Household energy bills will fall by £120 a year from April.", {
        "de": "Die Energierechnungen der Haushalte sinken ab April um 120 Pfund im Jahr.",
        "fr": "Les factures d’énergie des ménages baisseront de 120 livres par an à partir d’avril.",
        "es": "Las facturas energéticas de los hogares bajarán 120 libras al año a partir de abril.",
        "it": "Da aprile le bollette energetiche delle famiglie scenderanno di 120 sterline l’anno.",
    }),
    ("The company’s market value has tripled to almost $3 trillion in five years.", {
        "de": "Der Börsenwert des Konzerns hat sich in fünf Jahren auf fast 3 Billionen Dollar verdreifacht.",
        "fr": "La capitalisation boursière du groupe a triplé en cinq ans, à près de 3 000 milliards de dollars.",
        "es": "El valor de mercado de la compañía se ha triplicado en cinco años hasta casi 3 billones de dólares.",
        "it": "Il valore di mercato della società è triplicato in cinque anni, a quasi 3.000 miliardi di dollari.",
    }),
    ("Profit halved to $800 million in the third quarter.", {
        "de": "Der Gewinn halbierte sich im dritten Quartal auf 800 Millionen Dollar.",
        "fr": "Le bénéfice a été divisé par deux au troisième trimestre, à 800 millions de dollars.",
        "es": "El beneficio se redujo a la mitad en el tercer trimestre, hasta 800 millones de dólares.",
        "it": "Nel terzo trimestre l’utile si è dimezzato a 800 milioni di dollari.",
        "pt": "O lucro caiu para metade no terceiro trimestre, para 800 milhões de dólares.",
    }),
    ("Sales halved to $2 billion last year.", {
        "pt": "As vendas caíram pela metade no ano passado, para 2 bilhões de dólares.",
        "nl": "De omzet halveerde vorig jaar tot 2 miljard dollar.",
    }),
    ("The shop sold the jackets at half price.", {
        "de": "Der Laden verkaufte die Jacken zum halben Preis.",
        "fr": "Le magasin a vendu les vestes à moitié prix.",
        "es": "La tienda vendió las chaquetas a mitad de precio.",
        "it": "Il negozio ha venduto le giacche a metà prezzo.",
        "pt": "A loja vendeu os casacos pela metade do preço.",
    }),
    ("The number of applications doubled to 40,000 in 2023.", {
        "de": "Die Zahl der Anträge verdoppelte sich 2023 auf 40.000.",
        "fr": "Le nombre de demandes a doublé en 2023, à 40 000.",
        "es": "El número de solicitudes se duplicó hasta 40.000 en 2023.",
        "it": "Nel 2023 il numero delle domande è raddoppiato a 40.000.",
        "pt": "O número de pedidos duplicou para 40 mil em 2023.",
    }),
    # Politics
    ("Parliament approved the bill by 312 votes to 198 on Tuesday.", {
        "de": "Das Parlament billigte das Gesetz am Dienstag mit 312 zu 198 Stimmen.",
        "fr": "Le Parlement a adopté le texte mardi par 312 voix contre 198.",
        "es": "El Parlamento aprobó el proyecto de ley el martes por 312 votos a favor y 198 en contra.",
        "it": "Il Parlamento ha approvato martedì il disegno di legge con 312 voti a favore e 198 contrari.",
    }),
    ("The election will be held on September 28, 2025.", {
        "de": "Die Wahl findet am 28. September 2025 statt.",
        "fr": "Les élections auront lieu le 28 septembre 2025.",
        "es": "Las elecciones se celebrarán el 28 de septiembre de 2025.",
        "it": "Le elezioni si terranno il 28 settembre 2025.",
        "ja": "選挙は2025年9月28日に行われる。",
        "nl": "De verkiezingen worden op 28 september 2025 gehouden.",
        "pt": "As eleições serão realizadas em 28 de setembro de 2025.",
    }),
    ("The president met 27 EU leaders in Brussels on 14 March.", {
        "de": "Der Präsident traf am 14. März in Brüssel 27 Staats- und Regierungschefs der EU.",
        "fr": "Le président a rencontré 27 dirigeants européens à Bruxelles le 14 mars.",
        "es": "El presidente se reunió el 14 de marzo en Bruselas con 27 líderes de la UE.",
        "it": "Il presidente ha incontrato 27 leader dell’Ue a Bruxelles il 14 marzo.",
    }),
    ("Turnout was 61.2 percent, three points higher than in 2020.", {
        "de": "Die Wahlbeteiligung lag bei 61,2 Prozent und damit drei Punkte höher als 2020.",
        "fr": "La participation s’est établie à 61,2 %, soit trois points de plus qu’en 2020.",
        "es": "La participación fue del 61,2%, tres puntos más que en 2020.",
        "it": "L’affluenza è stata del 61,2%, tre punti in più rispetto al 2020.",
    }),
    ("The coalition holds 165 of the 300 seats.", {
        "de": "Die Koalition verfügt über 165 der 300 Sitze.",
        "fr": "La coalition détient 165 des 300 sièges.",
        "es": "La coalición tiene 165 de los 300 escaños.",
        "it": "La coalizione detiene 165 dei 300 seggi.",
    }),
    ("The summit, first set for April 3, was moved to April 10.", {
        "de": "Der Gipfel, ursprünglich für den 3. April geplant, wurde auf den 10. April verschoben.",
        "fr": "Le sommet, initialement prévu le 3 avril, a été reporté au 10 avril.",
        "es": "La cumbre, prevista inicialmente para el 3 de abril, se aplazó al 10 de abril.",
        "it": "Il vertice, inizialmente previsto per il 3 aprile, è stato rinviato al 10 aprile.",
    }),
    ("The contract runs until 10 June 2026.", {
        "de": "Der Vertrag läuft bis zum 10.6.2026.",
        "fr": "Le contrat court jusqu’au 10/06/2026.",
        "es": "El contrato vence el 10/6/2026.",
        "it": "Il contratto scade il 10 giugno 2026.",
    }),
    ("Nearly two-thirds of voters backed the measure.", {
        "de": "Fast zwei Drittel der Wähler stimmten für die Maßnahme.",
        "fr": "Près des deux tiers des électeurs ont soutenu la mesure.",
        "es": "Casi dos tercios de los votantes respaldaron la medida.",
        "it": "Quasi due terzi degli elettori hanno sostenuto la misura.",
    }),
    ("The minister resigned on Friday after 18 months in office.", {
        "de": "Der Minister trat am Freitag nach 18 Monaten im Amt zurück.",
        "fr": "Le ministre a démissionné vendredi après 18 mois en fonctions.",
        "es": "El ministro dimitió el viernes tras 18 meses en el cargo.",
        "it": "Il ministro si è dimesso venerdì dopo 18 mesi in carica.",
    }),
    ("Polls open at 7 a.m. and close at 8 p.m.", {
        "de": "Die Wahllokale öffnen um 7 Uhr und schließen um 20 Uhr.",
        "fr": "Les bureaux de vote ouvrent à 7 heures et ferment à 20 heures.",
        "es": "Los colegios electorales abren a las 7.00 y cierran a las 20.00.",
        "it": "I seggi aprono alle 7 e chiudono alle 20.",
        "ja": "投票は午前7時に始まり、午後8時に締め切られる。",
        "nl": "De stembureaus gaan om 7.00 uur open en sluiten om 20.00 uur.",
        "pt": "As urnas abrem às 7h e fecham às 20h.",
    }),
    ("Some 4,000 police officers will be deployed for the two-day visit.", {
        "de": "Für den zweitägigen Besuch werden rund 4000 Polizisten eingesetzt.",
        "fr": "Quelque 4 000 policiers seront déployés pour cette visite de deux jours.",
        "es": "Unos 4.000 agentes serán desplegados durante la visita de dos días.",
        "it": "Per la visita di due giorni saranno schierati circa 4.000 agenti.",
    }),
    ("The Senate voted 51-49 to confirm the nominee.", {
        "de": "Der Senat bestätigte den Kandidaten mit 51 zu 49 Stimmen.",
        "fr": "Le Sénat a confirmé le candidat par 51 voix contre 49.",
        "es": "El Senado confirmó al candidato por 51 votos a 49.",
        "it": "Il Senato ha confermato il candidato con 51 voti contro 49.",
    }),
    ("The talks, which began on 2 June, ended on 9 June without an agreement.", {
        "de": "Die am 2. Juni begonnenen Gespräche endeten am 9. Juni ohne Einigung.",
        "fr": "Les négociations, entamées le 2 juin, se sont achevées le 9 juin sans accord.",
        "es": "Las conversaciones, que comenzaron el 2 de junio, terminaron el 9 de junio sin acuerdo.",
        "it": "I colloqui, iniziati il 2 giugno, si sono conclusi il 9 giugno senza un accordo.",
    }),
    ("Thousands marched in 12 cities on Saturday.", {
        "de": "Tausende demonstrierten am Samstag in zwölf Städten.",
        "fr": "Des milliers de personnes ont défilé samedi dans 12 villes.",
        "es": "Miles de personas marcharon el sábado en 12 ciudades.",
        "it": "Migliaia di persone hanno sfilato sabato in 12 città.",
    }),
    # Courts
    ("A 34-year-old man was sentenced to 12 years in prison on Thursday.", {
        "de": "Ein 34-jähriger Mann wurde am Donnerstag zu zwölf Jahren Haft verurteilt.",
        "fr": "Un homme de 34 ans a été condamné jeudi à douze ans de prison.",
        "es": "Un hombre de 34 años fue condenado el jueves a doce años de prisión.",
        "it": "Un uomo di 34 anni è stato condannato giovedì a 12 anni di carcere.",
        "nl": "Een 34-jarige man is donderdag veroordeeld tot twaalf jaar cel.",
        "pt": "Um homem de 34 anos foi condenado na quinta-feira a 12 anos de prisão.",
    }),
    ("The 19-year-old was given a suspended sentence of 18 months and fined €5,000.", {
        "de": "Der 19-Jährige erhielt eine Bewährungsstrafe von 18 Monaten und eine Geldstrafe von 5000 Euro.",
        "fr": "Le jeune homme de 19 ans a écopé de 18 mois de prison avec sursis et de 5 000 euros d’amende.",
        "es": "El joven de 19 años fue condenado a 18 meses de prisión condicional y a una multa de 5.000 euros.",
        "it": "Il 19enne è stato condannato a 18 mesi con la condizionale e a una multa di 5.000 euro.",
    }),
    ("Prosecutors are seeking a life sentence with a minimum term of 25 years.", {
        "de": "Die Staatsanwaltschaft fordert lebenslange Haft mit einer Mindestverbüßungsdauer von 25 Jahren.",
        "fr": "Le parquet requiert la réclusion à perpétuité assortie d’une peine de sûreté de 25 ans.",
        "es": "La Fiscalía pide cadena perpetua con un mínimo de 25 años de cumplimiento.",
        "it": "L’accusa chiede l’ergastolo con una pena minima di 25 anni.",
    }),
    ("The trial, which opened on 5 May, is expected to last six weeks.", {
        "de": "Der Prozess, der am 5. Mai begann, soll sechs Wochen dauern.",
        "fr": "Le procès, ouvert le 5 mai, devrait durer six semaines.",
        "es": "Se prevé que el juicio, que comenzó el 5 de mayo, dure seis semanas.",
        "it": "Il processo, iniziato il 5 maggio, dovrebbe durare sei settimane.",
    }),
    ("The court ordered the company to pay $1.2 million in damages to three former employees.", {
        "de": "Das Gericht verurteilte das Unternehmen zur Zahlung von 1,2 Millionen Dollar Schadenersatz an drei ehemalige Mitarbeiter.",
        "fr": "Le tribunal a condamné l’entreprise à verser 1,2 million de dollars de dommages et intérêts à trois anciens salariés.",
        "es": "El tribunal condenó a la empresa a pagar 1,2 millones de dólares por daños y perjuicios a tres antiguos empleados.",
        "it": "Il tribunale ha condannato l’azienda a pagare 1,2 milioni di dollari di risarcimento a tre ex dipendenti.",
    }),
    ("The two defendants, aged 41 and 45, were each jailed for seven years.", {
        "de": "Die beiden Angeklagten im Alter von 41 und 45 Jahren wurden zu jeweils sieben Jahren Haft verurteilt.",
        "fr": "Les deux accusés, âgés de 41 et 45 ans, ont chacun été condamnés à sept ans de prison.",
        "es": "Los dos acusados, de 41 y 45 años, fueron condenados cada uno a siete años de cárcel.",
        "it": "I due imputati, di 41 e 45 anni, sono stati condannati ciascuno a sette anni di reclusione.",
    }),
    ("The jury deliberated for nine hours before returning a verdict at 4.30 p.m.", {
        "de": "Die Geschworenen berieten neun Stunden lang, bevor sie um 16.30 Uhr ihr Urteil verkündeten.",
        "fr": "Les jurés ont délibéré pendant neuf heures avant de rendre leur verdict à 16 h 30.",
        "es": "El jurado deliberó durante nueve horas antes de emitir su veredicto a las 16.30.",
        "it": "La giuria ha deliberato per nove ore prima di emettere il verdetto alle 16.30.",
    }),
    ("The appeal court reduced his sentence from 10 years to six.", {
        "de": "Das Berufungsgericht reduzierte seine Strafe von zehn auf sechs Jahre.",
        "fr": "La cour d’appel a réduit sa peine de dix à six ans.",
        "es": "El tribunal de apelación redujo su condena de diez a seis años.",
        "it": "La corte d’appello ha ridotto la sua pena da dieci a sei anni.",
    }),
    ("He faces up to 20 years in prison if convicted.", {
        "de": "Im Fall einer Verurteilung drohen ihm bis zu 20 Jahre Haft.",
        "fr": "Il encourt jusqu’à 20 ans de prison s’il est reconnu coupable.",
        "es": "Se enfrenta a hasta 20 años de prisión si es declarado culpable.",
        "it": "Rischia fino a 20 anni di carcere se verrà condannato.",
    }),
    ("A 16-year-old girl and a 17-year-old boy were arrested on Monday night.", {
        "de": "Eine 16-Jährige und ein 17-Jähriger wurden am Montagabend festgenommen.",
        "fr": "Une adolescente de 16 ans et un adolescent de 17 ans ont été interpellés lundi soir.",
        "es": "Una chica de 16 años y un chico de 17 fueron detenidos el lunes por la noche.",
        "it": "Una ragazza di 16 anni e un ragazzo di 17 sono stati arrestati lunedì sera.",
    }),
    ("The sentencing hearing is set for 10 a.m. on 12 November.", {
        "de": "Die Verkündung des Strafmaßes ist für den 12. November um 10 Uhr angesetzt.",
        "fr": "L’audience de détermination de la peine est fixée au 12 novembre à 10 heures.",
        "es": "La vista para dictar sentencia está fijada para el 12 de noviembre a las 10.00.",
        "it": "L’udienza per la sentenza è fissata per il 12 novembre alle 10.",
    }),
    ("Police said the 52-year-old driver was three times over the alcohol limit.", {
        "de": "Nach Angaben der Polizei hatte der 52-jährige Fahrer das Dreifache des erlaubten Alkoholwerts im Blut.",
        "fr": "Selon la police, le conducteur de 52 ans avait un taux d’alcool trois fois supérieur à la limite autorisée.",
        "es": "Según la policía, el conductor, de 52 años, triplicaba la tasa de alcohol permitida.",
        "it": "Secondo la polizia, il conducente di 52 anni aveva un tasso alcolemico tre volte superiore al limite.",
    }),
    # Transport
    ("Trains will run every 15 minutes between 6 a.m. and 11 p.m.", {
        "de": "Die Züge verkehren zwischen 6 und 23 Uhr alle 15 Minuten.",
        "fr": "Les trains circuleront toutes les 15 minutes de 6 heures à 23 heures.",
        "es": "Los trenes circularán cada 15 minutos entre las 6.00 y las 23.00.",
        "it": "I treni circoleranno ogni 15 minuti dalle 6 alle 23.",
        "nl": "De treinen rijden tussen 6.00 en 23.00 uur om de 15 minuten.",
        "pt": "Os comboios vão circular a cada 15 minutos entre as 6h e as 23h.",
    }),
    ("The last ferry leaves at 10.30 p.m. and the first at 5.45 a.m.", {
        "de": "Die letzte Fähre legt um 22.30 Uhr ab, die erste um 5.45 Uhr.",
        "fr": "Le dernier ferry part à 22 h 30 et le premier à 5 h 45.",
        "es": "El último ferri sale a las 22.30 y el primero a las 5.45.",
        "it": "L’ultimo traghetto parte alle 22.30 e il primo alle 5.45.",
    }),
    ("The new line cuts the journey time from 2 hours 40 minutes to 1 hour 55 minutes.", {
        "de": "Die neue Strecke verkürzt die Fahrzeit von 2 Stunden 40 Minuten auf 1 Stunde 55 Minuten.",
        "fr": "La nouvelle ligne réduit le temps de trajet de 2 heures 40 à 1 heure 55.",
        "es": "La nueva línea reduce el tiempo de viaje de 2 horas y 40 minutos a 1 hora y 55 minutos.",
        "it": "La nuova linea riduce il tempo di percorrenza da 2 ore e 40 minuti a 1 ora e 55 minuti.",
    }),
    ("Flights were delayed by up to three hours on Sunday afternoon.", {
        "de": "Am Sonntagnachmittag hatten Flüge bis zu drei Stunden Verspätung.",
        "fr": "Dimanche après-midi, les vols ont subi des retards allant jusqu’à trois heures.",
        "es": "El domingo por la tarde los vuelos sufrieron retrasos de hasta tres horas.",
        "it": "Domenica pomeriggio i voli hanno subito ritardi fino a tre ore.",
    }),
    ("The strike will run from midnight on Tuesday to 6 a.m. on Thursday.", {
        "de": "Der Streik dauert von Dienstag, 0 Uhr, bis Donnerstag, 6 Uhr.",
        "fr": "La grève durera de mardi 0 h à jeudi 6 h.",
        "es": "La huelga se prolongará desde la medianoche del martes hasta las 6.00 del jueves.",
        "it": "Lo sciopero durerà dalla mezzanotte di martedì alle 6 di giovedì.",
    }),
    ("About 1,200 passengers were stranded at the airport overnight.", {
        "de": "Rund 1200 Passagiere saßen über Nacht am Flughafen fest.",
        "fr": "Environ 1 200 passagers sont restés bloqués à l’aéroport pendant la nuit.",
        "es": "Unos 1.200 pasajeros quedaron varados en el aeropuerto durante la noche.",
        "it": "Circa 1.200 passeggeri sono rimasti bloccati in aeroporto durante la notte.",
    }),
    ("The 8.15 a.m. service to Glasgow was cancelled.", {
        "de": "Die Verbindung um 8.15 Uhr nach Glasgow fiel aus.",
        "fr": "Le train de 8 h 15 pour Glasgow a été supprimé.",
        "es": "El tren de las 8.15 a Glasgow fue cancelado.",
        "it": "Il treno delle 8.15 per Glasgow è stato cancellato.",
    }),
    ("Speed limits on the motorway will be cut from 130 km/h to 110 km/h.", {
        "de": "Das Tempolimit auf der Autobahn wird von 130 auf 110 km/h gesenkt.",
        "fr": "La vitesse maximale sur l’autoroute sera abaissée de 130 à 110 km/h.",
        "es": "El límite de velocidad en la autopista se reducirá de 130 a 110 km/h.",
        "it": "Il limite di velocità in autostrada sarà ridotto da 130 a 110 km/h.",
    }),
    ("Fares will rise by 4.9% from January 1.", {
        "de": "Die Fahrpreise steigen zum 1. Januar um 4,9 Prozent.",
        "fr": "Les tarifs augmenteront de 4,9 % à partir du 1er janvier.",
        "es": "Las tarifas subirán un 4,9% a partir del 1 de enero.",
        "it": "Le tariffe aumenteranno del 4,9% dal 1° gennaio.",
        "pt": "As tarifas vão subir 4,9% a partir de 1º de janeiro.",
    }),
    ("The tunnel will be closed from 10 p.m. on Friday until 5 a.m. on Monday.", {
        "de": "Der Tunnel wird von Freitag, 22 Uhr, bis Montag, 5 Uhr, gesperrt.",
        "fr": "Le tunnel sera fermé de vendredi 22 heures à lundi 5 heures.",
        "es": "El túnel permanecerá cerrado desde las 22.00 del viernes hasta las 5.00 del lunes.",
        "it": "La galleria resterà chiusa dalle 22 di venerdì alle 5 di lunedì.",
        "ja": "トンネルは金曜午後10時から月曜午前5時まで閉鎖される。",
    }),
    ("The plane, carrying 186 passengers and six crew, landed safely at 2.20 p.m.", {
        "de": "Die Maschine mit 186 Passagieren und sechs Besatzungsmitgliedern an Bord landete um 14.20 Uhr sicher.",
        "fr": "L’avion, qui transportait 186 passagers et six membres d’équipage, s’est posé sans encombre à 14 h 20.",
        "es": "El avión, con 186 pasajeros y seis tripulantes a bordo, aterrizó sin problemas a las 14.20.",
        "it": "L’aereo, con a bordo 186 passeggeri e sei membri dell’equipaggio, è atterrato senza problemi alle 14.20.",
    }),
    ("The bridge carries some 80,000 vehicles a day.", {
        "de": "Über die Brücke fahren täglich rund 80.000 Fahrzeuge.",
        "fr": "Le pont voit passer quelque 80 000 véhicules par jour.",
        "es": "Por el puente circulan unos 80.000 vehículos al día.",
        "it": "Sul ponte transitano circa 80.000 veicoli al giorno.",
    }),
    ("Delays of 30 to 45 minutes are expected until 7 p.m.", {
        "de": "Bis 19 Uhr ist mit Verspätungen von 30 bis 45 Minuten zu rechnen.",
        "fr": "Des retards de 30 à 45 minutes sont attendus jusqu’à 19 heures.",
        "es": "Se esperan retrasos de 30 a 45 minutos hasta las 7 de la tarde.",
        "it": "Sono previsti ritardi da 30 a 45 minuti fino alle 19.",
    }),
    ("The night train departs at 7.52 p.m. and arrives in Vienna at 8.10 a.m. the next day.", {
        "de": "Der Nachtzug fährt um 19.52 Uhr ab und kommt am nächsten Tag um 8.10 Uhr in Wien an.",
        "fr": "Le train de nuit part à 19 h 52 et arrive à Vienne le lendemain à 8 h 10.",
        "es": "El tren nocturno sale a las 19.52 y llega a Viena al día siguiente a las 8.10.",
        "it": "Il treno notturno parte alle 19.52 e arriva a Vienna alle 8.10 del giorno dopo.",
        "ja": "夜行列車は午後7時52分に出発し、翌日午前8時10分にウィーンに到着する。",
        "nl": "De nachttrein vertrekt om 19.52 uur en komt de volgende dag om 8.10 uur in Wenen aan.",
    }),
]

# (locale, English sentence, a wrong translation): what it changed says the comment.
WRONG: list[tuple[str, str, str]] = [
    # a changed number
    ("de", "Inflation rose to 3.2% in March from 2.9% in February.",
     "Die Inflation stieg im März auf 3,4 Prozent, nach 2,9 Prozent im Februar."),
    ("fr", "The company reported a net profit of $4.5 billion, up 12% from a year earlier.",
     "Le groupe a publié un bénéfice net de 4,5 milliards de dollars, en hausse de 21 % sur un an."),
    ("ja", "The company reported a net profit of $4.5 billion, up 12% from a year earlier.", "同社の純利益は54億ドルで、前年比12％増だった。"),
    ("de", "The president met 27 EU leaders in Brussels on 14 March.",
     "Der Präsident traf am 13. März in Brüssel 27 Staats- und Regierungschefs der EU."),
    ("de", "A 34-year-old man was sentenced to 12 years in prison on Thursday.",
     "Ein 34-jähriger Mann wurde am Donnerstag zu 21 Jahren Haft verurteilt."),
    ("it", "A 34-year-old man was sentenced to 12 years in prison on Thursday.",
     "Un uomo di 43 anni è stato condannato giovedì a 12 anni di carcere."),
    ("pt", "A 34-year-old man was sentenced to 12 years in prison on Thursday.",
     "Um homem de 34 anos foi condenado na quinta-feira a 21 anos de prisão."),
    ("nl", "A 34-year-old man was sentenced to 12 years in prison on Thursday.",
     "Een 34-jarige man is donderdag veroordeeld tot tien jaar cel."),
    ("fr", "The two defendants, aged 41 and 45, were each jailed for seven years.",
     "Les deux accusés, âgés de 41 et 54 ans, ont chacun été condamnés à sept ans de prison."),
    ("es", "The appeal court reduced his sentence from 10 years to six.", "El tribunal de apelación redujo su condena de diez a siete años."),
    ("de", "Real Madrid beat Barcelona 3-1 on Sunday, with two goals in the last 10 minutes.",
     "Real Madrid schlug Barcelona am Sonntag mit 3:2, zwei Tore fielen in den letzten zehn Minuten."),
    ("fr", "Sinner beat Alcaraz 6-4, 3-6, 7-6 in three hours and 12 minutes.",
     "Sinner a battu Alcaraz 6-4, 6-3, 7-6 en trois heures et douze minutes."),
    ("es", "The 23-year-old ran the 100 metres in 9.79 seconds.", "El joven de 23 años corrió los 100 metros en 9,97 segundos."),
    ("it", "Verstappen won in 1:32:15.4, 2.3 seconds ahead of Norris.",
     "Verstappen ha vinto in 1:23:15,4, con 2,3 secondi di vantaggio su Norris."),
    ("fr", "The team has won 12 of its last 15 matches.", "L’équipe a remporté 12 de ses 16 derniers matches."),
    ("it", "The firm expects revenue of $2.1 billion to $2.3 billion for the quarter.",
     "L’azienda prevede ricavi tra 2,1 e 2,5 miliardi di dollari nel trimestre."),
    ("de", "Analysts expect growth of between 1.5% and 2% this year.",
     "Analysten erwarten in diesem Jahr ein Wachstum zwischen 1,5 und 2,5 Prozent."),
    ("fr", "Speed limits on the motorway will be cut from 130 km/h to 110 km/h.",
     "La vitesse maximale sur l’autoroute sera abaissée de 130 à 100 km/h."),
    ("it", "About 1,200 passengers were stranded at the airport overnight.",
     "Circa 12.000 passeggeri sono rimasti bloccati in aeroporto durante la notte."),
    ("de", "The bridge carries some 80,000 vehicles a day.", "Über die Brücke fahren täglich rund 8000 Fahrzeuge."),
    ("de", "It was the hottest June day since 1976, with 35.6C measured at Heathrow at 3.40 p.m.",
     "Es war der heißeste Junitag seit 1976: Um 15.40 Uhr wurden in Heathrow 36,5 Grad gemessen."),
    ("it", "The 19-year-old was given a suspended sentence of 18 months and fined €5,000.",
     "Il 19enne è stato condannato a 18 mesi con la condizionale e a una multa di 50.000 euro."),
    ("pt", "The number of applications doubled to 40,000 in 2023.", "O número de pedidos duplicou para 400 mil em 2023."),
    ("es", "Tailbacks of 9 to 17 km are expected from 6 p.m. on Friday.",
     "Se esperan retenciones de 9 a 17 km a partir de las 7 de la tarde del viernes."),
    ("es", "Tailbacks of 9 to 17 km are expected from 6 p.m. on Friday.",
     "Se esperan retenciones de 9 a 16 km a partir de las 6 de la tarde del viernes."),
    # a dropped amount
    ("de", "The government plans to cut 2,500 jobs by 2027, saving £300 million a year.",
     "Die Regierung will bis 2027 2500 Stellen streichen und so jährlich Millionen sparen."),
    ("es", "The court ordered the company to pay $1.2 million in damages to three former employees.",
     "El tribunal condenó a la empresa a pagar daños y perjuicios a tres antiguos empleados."),
    ("fr", "Oil prices rose $2.10 to $84.30 a barrel.", "Les cours du pétrole ont atteint 84,30 dollars le baril."),
    # a wrong hour, or the other half of the day
    ("es", "Temperatures will climb to 34C on Tuesday afternoon before storms arrive around 6 p.m.",
     "Las temperaturas subirán hasta los 34 grados el martes por la tarde antes de que lleguen las tormentas hacia las 16.00."),
    ("it", "Polls open at 7 a.m. and close at 8 p.m.", "I seggi aprono alle 7 e chiudono alle 8."),
    ("de", "Polls open at 7 a.m. and close at 8 p.m.", "Die Wahllokale öffnen um 7 Uhr und schließen um 8 Uhr."),
    ("nl", "Polls open at 7 a.m. and close at 8 p.m.", "De stembureaus gaan om 7.00 uur open en sluiten om 8.00 uur."),
    ("pt", "Polls open at 7 a.m. and close at 8 p.m.", "As urnas abrem às 7h e fecham às 8h."),
    ("fr", "The last ferry leaves at 10.30 p.m. and the first at 5.45 a.m.", "Le dernier ferry part à 10 h 30 et le premier à 5 h 45."),
    ("es", "Trains will run every 15 minutes between 6 a.m. and 11 p.m.",
     "Los trenes circularán cada 15 minutos entre las 6.00 y las 21.00."),
    ("de", "The tunnel will be closed from 10 p.m. on Friday until 5 a.m. on Monday.",
     "Der Tunnel wird von Freitag, 22 Uhr, bis Montag, 17 Uhr, gesperrt."),
    ("fr", "A magnitude 6.4 earthquake struck at 3.17 a.m., killing at least 14 people.",
     "Un séisme de magnitude 6,4 s’est produit à 15 h 17, faisant au moins 14 morts."),
    ("es", "The jury deliberated for nine hours before returning a verdict at 4.30 p.m.",
     "El jurado deliberó durante nueve horas antes de emitir su veredicto a las 4.30."),
    ("it", "The 8.15 a.m. service to Glasgow was cancelled.", "Il treno delle 20.15 per Glasgow è stato cancellato."),
    ("ja", "Kick-off is at 8.45 p.m. on Saturday, May 30.", "キックオフは5月30日（土）午前8時45分。"),
    ("fr", "The night train departs at 7.52 p.m. and arrives in Vienna at 8.10 a.m. the next day.",
     "Le train de nuit part à 19 h 52 et arrive à Vienne le lendemain à 20 h 10."),
    ("es", "Delays of 30 to 45 minutes are expected until 7 p.m.", "Se esperan retrasos de 30 a 45 minutos hasta las 7 de la mañana."),
    # a wrong date, day or date order
    ("es", "The contract runs until 10 June 2026.", "El contrato vence el 6/10/2026."),
    ("de", "The contract runs until 10 June 2026.", "Der Vertrag läuft bis zum 6.10.2026."),
    ("de", "Kick-off is at 8.45 p.m. on Saturday, May 30.", "Anstoß ist am Samstag, 30. März, um 20.45 Uhr."),
    ("it", "The strike will run from midnight on Tuesday to 6 a.m. on Thursday.",
     "Lo sciopero durerà dalla mezzanotte di martedì alle 6 di venerdì."),
    ("it", "The Met Office issued a yellow warning for wind from 9 p.m. on Friday until noon on Saturday.",
     "Il Met Office ha diramato un’allerta gialla per vento dalle 21 di venerdì fino a mezzogiorno di domenica."),
    ("fr", "The election will be held on September 28, 2025.", "Les élections auront lieu le 28 novembre 2025."),
    # a reversed direction or a changed multiple or fraction
    ("fr", "Shares fell 7.5% to €18.40 in early trading in Frankfurt.",
     "L’action a progressé de 7,5 % à 18,40 euros en début de séance à Francfort."),
    ("it", "Unemployment fell to 5.8 percent, its lowest level since 2008.",
     "La disoccupazione è salita al 5,8%, il livello più alto dal 2008."),
    ("es", "Oil prices rose $2.10 to $84.30 a barrel.", "El precio del petróleo bajó 2,10 dólares, hasta 84,30 dólares por barril."),
    ("nl", "Inflation rose to 3.2% in March from 2.9% in February.",
     "De inflatie daalde in maart naar 3,2 procent, van 2,9 procent in februari."),
    ("pt", "Profit halved to $800 million in the third quarter.", "O lucro duplicou no terceiro trimestre, para 800 milhões de dólares."),
    ("es", "The company’s market value has tripled to almost $3 trillion in five years.",
     "El valor de mercado de la compañía se ha duplicado en cinco años hasta casi 3 billones de dólares."),
    ("de", "The central bank raised its key rate by a quarter of a percentage point to 4.25%.",
     "Die Notenbank erhöhte ihren Leitzins um einen halben Prozentpunkt auf 4,25 Prozent."),
    ("fr", "Nearly two-thirds of voters backed the measure.", "Près d’un tiers des électeurs ont soutenu la mesure."),
    # a dropped minus
    ("de", "Overnight lows will drop to minus 8 degrees in the Alps.", "In den Alpen sinken die Tiefstwerte in der Nacht auf 8 Grad."),
    # a moved or changed currency
    ("fr", "Tickets cost between €45 and €120.", "Les billets coûtent entre 45 et 120 dollars."),
    ("it", "Household energy bills will fall by £120 a year from April.",
     "Da aprile le bollette energetiche delle famiglie scenderanno di 120 euro l’anno."),
    ("es", "The club paid £85 million for the striker and sold its midfielder for €40 million.",
     "El club pagó 85 millones de euros por el delantero y vendió a su centrocampista por 40 millones de libras."),
    ("de", "The club paid £85 million for the striker and sold its midfielder for €40 million.",
     "Der Verein zahlte 85 Millionen Euro für den Stürmer und verkaufte seinen Mittelfeldspieler für 40 Millionen Pfund."),
]

CORRECT_TRANSLATIONS = [(locale, msgid, msgstr) for msgid, translations in CORRECT for locale, msgstr in translations.items()]

def _errors_and_direction(locale: str, msgid: str, msgstr: str) -> list[str]:
    errors = publish_errors(unit(msgid), Message(msgid, msgstr), locale)
    reversed_ = [issue.message for issue in check_message(unit(msgid), Message(msgid, msgstr), locale, {}) if issue.check == "direction"]
    return errors + reversed_


def test_the_corpus_is_of_news_in_every_field():
    assert len(CORRECT) >= 80 and len(WRONG) >= 40


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), CORRECT_TRANSLATIONS)
def test_a_correct_news_translation_passes_the_review(locale, msgid, msgstr):
    assert _errors_and_direction(locale, msgid, msgstr) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), WRONG)
def test_a_news_translation_with_a_changed_figure_is_refused(locale, msgid, msgstr):
    assert _errors_and_direction(locale, msgid, msgstr) != []


def errors(msgid: str, msgstr: str, locale: str) -> list[str]:
    return publish_errors(unit(msgid), Message(msgid, msgstr), locale)


CONTRACT = "The contract runs until 10 June 2026."
POLLS = "Polls open at 7 a.m. and close at 8 p.m."
RATE = "The central bank raised its key rate by a quarter of a percentage point to 4.25%."
REVENUE = "The firm expects revenue of $2.1 billion to $2.3 billion for the quarter."
SETS = "Sinner beat Alcaraz 6-4, 3-6, 7-6 in three hours and 12 minutes."
TAILBACKS = "Tailbacks of 9 to 17 km are expected from 5 p.m."


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("es", "El contrato vence el 6/10/2026.", ["numbers: the date 6/10/2026 is not the source's 10 June (es writes the day first)"]),
    ("en-GB", "The contract runs until 6/10/2026.",
     ["numbers: the date 6/10/2026 is not the source's 10 June (en-GB writes the day first)"]),
    ("es", "El contrato vence el 10/7/2026.", ["numbers: the date: 10 June in the source, 10/7/2026 in the translation"]),
    ("es", "El contrato vence el 10/6/2026.", []),
    ("en-US", "The contract runs until 6/10/2026.", []),
])
def test_a_date_in_digits_with_slashes_is_read_in_the_order_of_the_translations_locale(locale, msgstr, expected):
    assert errors(CONTRACT, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("it", "I seggi aprono alle 7 e chiudono alle 8.", ["numbers: 8 p.m. written 8 is another hour on a 24-hour clock: write 20"]),
    ("es", "Los colegios abren a las 7 y cierran a las 8.", ["numbers: 8 p.m. written 8 is another hour on a 24-hour clock: write 20"]),
    ("pt", "As urnas abrem às 7 e fecham às 8.", ["numbers: 8 p.m. written 8 is another hour on a 24-hour clock: write 20"]),
    ("de", "Die Wahllokale öffnen um 7 und schließen um 8.", ["numbers: 8 p.m. written 8 is another hour on a 24-hour clock: write 20"]),
    ("it", "I seggi aprono alle 7 e chiudono alle 8 di sera.", []),
    ("es", "Los colegios abren a las 7 y cierran a las 8 de la noche.", []),
    ("it", "I seggi aprono alle 7 e chiudono alle 20.", []),
    # A 12-hour clock may leave the half of the day to the reader.
    ("en-US", "Polls open at 7 and close at 8.", []),
])
def test_an_evening_hour_as_its_bare_digits_on_a_24_hour_clock_is_the_mornings(locale, msgstr, expected):
    assert errors(POLLS, msgstr, locale) == expected


CONCERT = "The concert starts at 8 p.m."


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # The evening said elsewhere in the sentence, before or after the hour
    ("es", CONCERT, "El concierto empieza esta noche a las 8."),
    ("es", CONCERT, "El concierto empieza a las 8 esta noche."),
    ("it", CONCERT, "Il concerto inizia stasera alle 8."),
    ("it", CONCERT, "Il concerto inizia alle 8 di stasera."),
    ("it", CONCERT, "Il concerto inizia alle 8 pomeridiane."),
    ("it", "The 8 p.m. train was cancelled.", "Il treno delle 8 di sera è stato cancellato."),
    ("de", CONCERT, "Das Konzert beginnt heute Abend um 8."),
    ("de", CONCERT, "Das Konzert beginnt abends um 8."),
    ("de", CONCERT, "Das Konzert beginnt am Sonntagabend um 8."),
    ("pt-BR", CONCERT, "O concerto começa hoje à noite às 8."),
    ("es", "Shops open from 8 a.m. to 8 p.m.", "Los comercios abren de 8 de la mañana a 8 de la noche."),
    # No clock's preposition before the hour
    ("pl", "The curfew lasts until 8 p.m.", "Godzina policyjna trwa do 8 wieczorem."),
    ("sv", "The curfew lasts until 8 p.m.", "Utegångsförbudet gäller till klockan 8 på kvällen."),
    ("en-GB", CONCERT, "The concert starts at 8 tonight."),
    # The 8 in digits is no time: the hour is said in words
    ("de", "Polls close at 8 p.m. in eight states.", "In 8 Staaten schließen die Wahllokale am Abend um acht."),
    ("de", "Route 8 closes at 8 p.m.", "Die Route 8 schließt um acht."),
    ("de", "Polls closed at 8 p.m. and turnout rose by 8 points.", "Die Wahllokale schlossen um acht, die Beteiligung stieg um 8 Punkte."),
])
def test_an_evening_hour_as_bare_digits_passes_where_the_sentence_says_the_evening_or_the_digits_are_no_time(locale, msgid, msgstr):
    assert errors(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "Route 8 closes at 8 p.m.", "Die Route 8 schließt um 8.", "8 p.m. written 8 is another hour on a 24-hour clock: write 20"),
    ("it", CONCERT, "Il concerto inizia alle 8.", "8 p.m. written 8 is another hour on a 24-hour clock: write 20"),
    ("pt-BR", CONCERT, "O concerto começa às 8.", "8 p.m. written 8 is another hour on a 24-hour clock: write 20"),
    ("es", "The concert starts at 1 p.m.", "El concierto empieza a la 1.", "1 p.m. written 1 is another hour on a 24-hour clock: write 13"),
    # The morning of another hour says nothing of this one's half of the day.
    ("it", POLLS, "I seggi aprono alle 7 di mattina e chiudono alle 8.", "8 p.m. written 8 is another hour on a 24-hour clock: write 20"),
])
def test_an_evening_hour_as_bare_digits_after_the_clocks_preposition_is_still_an_error(locale, msgid, msgstr, expected):
    assert errors(msgid, msgstr, locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("de", "Die Notenbank erhöhte ihren Leitzins um einen halben Prozentpunkt auf 4,25 Prozent.", "halben Prozentpunkt"),
    ("fr", "La banque centrale a relevé son taux directeur d’un demi-point, à 4,25 %.", "demi-point"),
    ("es", "El banco central subió su tipo de referencia en medio punto porcentual, hasta el 4,25%.", "medio punto"),
    ("it", "La banca centrale ha alzato il tasso di riferimento di mezzo punto percentuale, al 4,25%.", "mezzo punto"),
    ("pt", "O banco central elevou a taxa em meio ponto percentual, para 4,25%.", "meio ponto"),
])
def test_half_a_point_for_a_quarter_of_one_is_an_error(locale, msgstr, expected):
    assert errors(RATE, msgstr, locale) == [f"numbers: the fraction: a quarter in the source, {expected} in the translation"]


def test_a_quarter_point_said_as_one_passes_and_half_of_one_is_refused():
    assert errors("The Fed made a quarter-point cut.", "Die Fed senkte die Zinsen um einen Viertelpunkt.", "de") == []
    assert errors("The Fed made a quarter-point cut.", "Die Fed senkte die Zinsen um einen halben Prozentpunkt.", "de") == [
        "numbers: the fraction: quarter-point in the source, halben Prozentpunkt in the translation"]
    assert errors("The Fed raised rates by half a percentage point.", "Die Fed erhöhte die Zinsen um einen halben Prozentpunkt.", "de") == []


@pytest.mark.parametrize(("msgstr", "expected"), [
    ("La empresa prevé unos ingresos de entre 2.100 y 2.300 millones de dólares en el trimestre.", []),
    ("La empresa prevé unos ingresos de 2.100 a 2.300 millones de dólares en el trimestre.", []),
    ("La empresa prevé unos ingresos de entre 2.100 y 2.500 millones de dólares en el trimestre.",
     ["numbers: missing 2.3; not in the source: 2.500 (= 2500 in es)"]),
    ("La empresa prevé unos ingresos de entre 2.000 y 2.300 millones de dólares en el trimestre.",
     ["numbers: missing 2.1; not in the source: 2.000 (= 2000 in es)"]),
])
def test_the_first_amount_of_a_range_is_on_the_scale_of_the_second(msgstr, expected):
    assert errors(REVENUE, msgstr, "es") == expected


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("fr", "Sinner a battu Alcaraz 6-4, 6-3, 7-6 en trois heures et douze minutes.",
     ["numbers: the scores 6-4, 3-6, 7-6 are in part the other way round in the translation: 6-3 for 3-6"]),
    ("es", "Sinner derrotó a Alcaraz por 6-4, 3-6 y 6-7 en tres horas y 12 minutos.",
     ["numbers: the scores 6-4, 3-6, 7-6 are in part the other way round in the translation: 6-7 for 7-6"]),
    # All from the loser's side: the sentence turned round.
    ("de", "Alcaraz verlor gegen Sinner in drei Stunden und zwölf Minuten 4:6, 6:3, 6:7.", []),
    ("de", "Sinner besiegte Alcaraz in drei Stunden und zwölf Minuten mit 6:4, 3:6, 7:6.", []),
])
def test_the_sets_of_a_match_turned_round_in_part_are_an_error(locale, msgstr, expected):
    assert errors(SETS, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("es", "Se esperan retenciones de 9 a 17 km a partir de las 6 de la tarde.", ["numbers: missing 5 p.m.; not in the source: 6 de la tarde"]),
    ("de", "Ab 18 Uhr werden Staus von 9 bis 17 Kilometern erwartet.", ["numbers: missing 5 p.m.; not in the source: 18 Uhr"]),
    ("es", "Se esperan retenciones de 9 a 17 km a partir de las 5 de la tarde.", []),
    ("de", "Ab 17 Uhr werden Staus von 9 bis 17 Kilometern erwartet.", []),
])
def test_the_end_of_a_range_of_a_measure_is_no_hour_of_a_time_beside_it(locale, msgstr, expected):
    assert errors(TAILBACKS, msgstr, locale) == expected


@pytest.mark.parametrize(("msgid", "msgstr", "expected"), [
    ("Profit doubled to $800 million.", "O lucro caiu para metade, para 800 milhões de dólares.",
     ["numbers: missing doubled; not in the source: para metade"]),
    ("Profit doubled to $800 million.", "O lucro foi reduzido para metade, para 800 milhões de dólares.",
     ["numbers: missing doubled; not in the source: para metade"]),
    ("Profit halved to $800 million.", "O lucro caiu para metade, para 800 milhões de dólares.", []),
    ("Profit halved to $800 million.", "O lucro caiu pela metade, para 800 milhões de dólares.", []),
    # At half price, and for half of them: no halving.
    ("Sales tripled as jackets sold at a reduced price.", "As vendas triplicaram com os casacos vendidos pela metade do preço.", []),
    ("Pay doubled for half of the workers.", "O salário duplicou para metade dos trabalhadores.", []),
])
def test_a_portuguese_halving_to_half_is_read_in_both_forms(msgid, msgstr, expected):
    assert errors(msgid, msgstr, "pt") == expected


def test_a_portuguese_halving_said_for_a_doubling_reads_as_a_fall():
    msgid, msgstr = "Profit doubled to $800 million.", "O lucro foi reduzido para metade, para 800 milhões de dólares."
    [direction] = [issue.message for issue in check_message(unit(msgid), Message(msgid, msgstr), "pt", {}) if issue.check == "direction"]
    assert "(“reduzido para metade”)" in direction
