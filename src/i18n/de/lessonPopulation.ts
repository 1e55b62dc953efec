import type { lessonPopulation as en } from '../en/lessonPopulation';

export const lessonPopulation: Record<keyof typeof en, string> = {
  'lesson.population.title': 'Wen zeichnet dieses Modell?',
  'lesson.population.summary':
    'Vergleiche, wen das Modell standardmäßig zeichnet, mit den Fotos, aus denen es gelernt hat, und prüfe es dann mit einem Regler im Extrem.',
  'lesson.population.guess.title': 'Erst schätzen',
  'lesson.population.guess.instruction':
    'Das Modell hat aus etwa 200.000 Fotos von Prominenten gelernt. Schätze, bevor du dir irgendwelche Zahlen ansiehst.',
  'lesson.population.guess.action': 'Drücke ein paar Mal N, um einige der Gesichter zu sehen, die das Modell zeichnet.',
  'lesson.population.guess.question':
    'Wie viele von 100 Gesichtern, die dieses Modell zeichnet, wirken deiner Erwartung nach weiblich? Jung? Hellhäutig?',
  'lesson.population.default.title': 'Die Standardverteilung',
  'lesson.population.default.instruction':
    '„{panel}“ zeigt die Anteile, gemessen über Tausende Gesichter des Modells, neben den Etiketten seiner Trainingsfotos (CelebA).',
  'lesson.population.default.action': 'Öffne „{panel}“ und lies die Anteile und ihre 95-%-Intervalle ab.',
  'lesson.population.default.question':
    'Welche Gruppen sind überrepräsentiert, und welche fehlen fast? Ist das Modell stärker oder schwächer verzerrt als seine Fotos?',
  'lesson.population.extreme.title': 'Einen Regler ins Extrem stellen',
  'lesson.population.extreme.instruction':
    'Ein Regler bewegt jedes Gesicht, das das Modell zeichnet. Ein Audit misst neue Gesichter bei den Reglern, die du einstellst.',
  'lesson.population.extreme.action': 'Stell Jung auf {value} oder weniger (alte Gesichter).',
  'lesson.population.extreme.question':
    'Was erwartest du für die anderen Anteile (weiblich, helle Haut, lächelnd), wenn jedes Gesicht älter gemacht wird?',
  'lesson.population.audit.title': 'Audit im Extrem',
  'lesson.population.audit.instruction':
    'Das Audit zeichnet und misst {size} oder mehr neue Gesichter bei den aktuellen Reglern, mit dem Startwert aus dem Link, sodass alle dieselben Gesichter bekommen.',
  'lesson.population.audit.action': 'Drücke unter „{panel}“ auf „{button}“ (oder mehr) und warte, bis das Audit fertig ist.',
  'lesson.population.audit.question': 'Welche Anteile haben sich außer dem Alter bewegt? Sind die Änderungen größer als ihre Intervalle?',
  'lesson.population.why.title': 'Warum das wichtig ist',
  'lesson.population.why.instruction':
    'Ein Generator, mit dem „diverse“ Stockfotos oder Trainingsdaten erzeugt werden, gibt seine Schieflagen weiter.',
  'lesson.population.why.action': 'Kopiere den Link: Er zeigt allen, die ihn öffnen, dieselben Gesichter und dasselbe Audit.',
  'lesson.population.why.question':
    'Wenn eine Firma mit diesem Modell Gesichter „älterer Kundschaft“ erzeugen würde, wer würde auf ihren Bildern fehlen?',
  'lesson.population.goal1': 'Die Lernenden lesen einen Anteil mit seinem 95-%-Intervall und vergleichen ihn mit einem Bezugswert.',
  'lesson.population.goal2':
    'Die Lernenden sehen, dass ein Generator die Schieflagen seiner Trainingsdaten wiedergibt und verstärken kann.',
  'lesson.population.goal3':
    'Die Lernenden sehen, dass das Bearbeiten aller Gesichter mit einem Regler ganze Gruppen verschiebt, nicht nur das beabsichtigte Attribut.',
  'lesson.population.plan15': 'Schritte 1–2 gemeinsam; für die Schritte 3–5 einen vorbereiteten Link mit fertigem Audit zeigen.',
  'lesson.population.plan30':
    'Alle Schritte; das Audit mit {size} Gesichtern am Beamer starten und Schritt 3 besprechen, während es läuft.',
  'lesson.population.plan45':
    'Alle Schritte, dann prüfen Gruppen andere Extreme (Lächelnd 100, Männlich 0) über ihre eigenen Links und vergleichen die Ergebnisse.',
  'lesson.population.prep1':
    'Ein Audit mit {size} Gesichtern dauert auf einem Rechner ohne GPU etwa zwei Minuten, mit GPU wenige Sekunden. Probiere es vor dem Unterricht einmal aus.',
  'lesson.population.prep2':
    'Der Lektionslink legt Audit-Startwert und -Größe fest (audit={seed}&auditN={size}): Jedes Gerät prüft dieselben Gesichter.',
  'lesson.population.prep3':
    'Überlege dir, wie ihr über die Kategorien sprecht: Sie sind Lesarten eines Klassifikators, nicht die Identitäten der Menschen.',
  'lesson.population.q1': 'Welche Gruppen sind überrepräsentiert?',
  'lesson.population.q1.likely':
    'Die meisten Gesichter werden als jung und hellhäutig gelesen; mehr Gesichter werden als weiblich gelesen denn als männlich; dunkle Haut (Monk 7–10) ist selten.',
  'lesson.population.q1.why':
    'Die Fotos in CelebA zeigen vor allem junge, hellhäutige Prominente, und Generatoren geben dieses Ungleichgewicht bekanntlich wieder und verstärken es manchmal.',
  'lesson.population.q2': 'Welche Anteile haben sich außer dem Alter bewegt?',
  'lesson.population.q2.likely':
    'Bei Jung 0 steigt der als männlich gelesene Anteil meist, und der als lächelnd gelesene Anteil ändert sich oft ebenfalls.',
  'lesson.population.q2.why':
    'In den Trainingsfotos zeigen ältere Gesichter häufiger Männer; die Richtung Jung trägt diese Korrelation mit sich.',
  'lesson.population.q3': 'Sind die Änderungen größer als ihre Intervalle?',
  'lesson.population.q3.likely':
    'Bei {size} Gesichtern sind die Intervalle breit (etwa ±14 Punkte); die größten Änderungen übersteigen sie, kleine nicht.',
  'lesson.population.q3.why': 'Ein Anteil aus n Gesichtern ist um etwa 1/√n unsicher; ein Audit mit 200 Gesichtern halbiert das Intervall.',
  'lesson.population.caveat1':
    '„Als weiblich / männlich gelesen“ ist die Lesart der Geschlechterdarstellung durch den Klassifikator von face-api, nicht das Geschlecht; der Klassifikator irrt sich bei manchen Gruppen häufiger.',
  'lesson.population.caveat2':
    'Der Hautton ist eine Schätzung aus den Farben des Bildes auf der Monk-Skala; Licht verschiebt ihn, und Menschen bewerten Töne unterschiedlich.',
  'lesson.population.caveat3': 'Die Etiketten von CelebA selbst stammen von Annotierenden und tragen deren Urteile in sich.',
};
