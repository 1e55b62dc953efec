import type { lessonSmiling as en } from '../en/lessonSmiling';

export const lessonSmiling: Record<keyof typeof en, string> = {
  'lesson.smiling.title': 'Ändert „Lächelnd“ nur das Lächeln?',
  'lesson.smiling.summary':
    'Bewege einen Regler, lies ab, was sich sonst noch bewegt hat, und prüfe dann, ob das auch bei anderen Gesichtern passiert.',
  'lesson.smiling.meet.title': 'Lerne das Gesicht kennen',
  'lesson.smiling.meet.instruction':
    'Dieses Gesicht zeichnet ein neuronales Netz, das aus Fotos von Prominenten gelernt hat. Alle Regler stehen auf 50: das Gesicht, wie es erzeugt wurde.',
  'lesson.smiling.meet.action': 'Lass alle Regler auf 50 und warte, bis die Messwerte erscheinen.',
  'lesson.smiling.meet.question':
    'Wie alt wirkt diese Person auf dich? Würdest du sagen, sie sieht aus wie ein Mann oder wie eine Frau, und warum?',
  'lesson.smiling.smile.title': 'Bring es zum Lächeln',
  'lesson.smiling.smile.instruction':
    'Der Regler Lächelnd bewegt das Gesicht entlang einer Richtung, die das Modell für „lächeln“ gelernt hat.',
  'lesson.smiling.smile.action': 'Stell Lächelnd auf {value} oder mehr.',
  'lesson.smiling.smile.question': 'Was hat sich außer dem Lächeln verändert? Achte auf Haare, Haut, Kiefer und Alter.',
  'lesson.smiling.read.title': 'Start → jetzt ablesen',
  'lesson.smiling.read.instruction':
    'Die App hat das Gesicht am Start und jetzt gemessen. Eine Änderung, um die sie nicht gebeten wurde und die über einer Schwelle liegt, wird mit „{flag}“ markiert.',
  'lesson.smiling.read.action': 'Lies die Tabelle: Start → jetzt und die Änderung jedes Messwerts.',
  'lesson.smiling.read.question':
    'Welche Messwerte haben sich stärker als die Schwelle bewegt? Liegt der Identitätsabstand unter {threshold} (wahrscheinlich dieselbe Person)?',
  'lesson.smiling.sweep.title': 'Liegt es nur an diesem Gesicht?',
  'lesson.smiling.sweep.instruction':
    'Ein Gesicht kann Zufall sein. Ein Durchlauf zeichnet mehrere Gesichter von Lächelnd 0 bis 100 und misst jedes einzelne.',
  'lesson.smiling.sweep.action': 'Wähle unter „{panel}“ Lächelnd und drücke „{button}“. Warte, bis der Durchlauf fertig ist.',
  'lesson.smiling.sweep.question': 'Bevor der Durchlauf fertig ist: Bei wie vielen der Gesichter erwartest du dieselbe Nebenwirkung?',
  'lesson.smiling.pattern.title': 'Ein Muster, kein Zufall',
  'lesson.smiling.pattern.instruction':
    'Der Durchlauf mittelt jede Änderung über alle seine Gesichter. Eine Nebenwirkung, die sich bei den meisten Gesichtern zeigt, gehört zur Richtung, nicht zu einem einzelnen Gesicht.',
  'lesson.smiling.pattern.action': 'Sieh dir das Diagramm des Durchlaufs und den Kontaktbogen unter „{panel}“ an.',
  'lesson.smiling.pattern.question':
    'Warum könnte ein Modell, das mit Fotos von Prominenten trainiert wurde, Lächeln mit weiblichem oder jüngerem Aussehen verknüpfen? Wem würde es schaden, wenn eine App diesen Regler nutzte, um „Fotos freundlicher zu machen“?',
  'lesson.smiling.goal1':
    'Die Lernenden können in einem Satz sagen, was eine latente Richtung ist: eine Art, alle Gesichter auf einmal zu bewegen.',
  'lesson.smiling.goal2':
    'Die Lernenden lesen eine Messung als Start → jetzt und unterscheiden eine beabsichtigte Änderung von einer Nebenwirkung.',
  'lesson.smiling.goal3': 'Die Lernenden erklären, warum ein Beispiel kein Beleg ist, ein Durchlauf über mehrere Gesichter aber schon.',
  'lesson.smiling.plan15':
    'Schritte 1–3 am Beamer im Vortragsmodus; je eine Frage; den Durchlauf überspringen und sein Ergebnis über einen vorher erstellten Link zeigen.',
  'lesson.smiling.plan30':
    'Alle fünf Schritte; die Lernenden bewegen den Regler auf ihren eigenen Geräten über den Lektionslink, die Klasse macht gemeinsam einen Durchlauf.',
  'lesson.smiling.plan45':
    'Alle fünf Schritte, dann wiederholen Paare die Schritte 2–5 mit Jung oder Männlich und notieren eine Nebenwirkung mit ihren Zahlen auf dem Arbeitsblatt.',
  'lesson.smiling.prep1':
    'Öffne die Lektion einmal am Rechner im Klassenraum: Das erste Gesicht lädt etwa 23 MB Modell herunter, spätere Besuche starten offline.',
  'lesson.smiling.prep2':
    'Auf einem Rechner ohne GPU dauert ein Gesicht etwa eine Sekunde und der Durchlauf (6 Gesichter × 7 Schritte) etwa zwei Minuten: Starte ihn, bevor ihr die Frage von Schritt 4 besprecht.',
  'lesson.smiling.prep3': 'Drucke oder teile das Arbeitsblatt („{button}“) oder lass die Lernenden es am Ende als PDF speichern.',
  'lesson.smiling.q1': 'Was hat sich außer dem Lächeln verändert?',
  'lesson.smiling.q1.likely':
    'Bei vielen Gesichtern sinkt P(männlich), und das Gesicht wirkt weiblicher oder jünger; manchmal ändert sich die Helligkeit der Haut.',
  'lesson.smiling.q1.why':
    'Die Richtung Lächelnd wurde an CelebA angepasst, wo lächelnde Fotos häufiger Frauen zeigen; die Richtung hat aufgenommen, was in den Daten zusammen auftritt, nicht nur das Lächeln.',
  'lesson.smiling.q2': 'Liegt der Identitätsabstand unter {threshold}?',
  'lesson.smiling.q2.likely':
    'Bei Lächelnd 90–100 liegt er oft nahe {threshold} oder darüber: Das Gesicht kann als andere Person gelesen werden.',
  'lesson.smiling.q2.why':
    'Große Bewegungen entlang einer Richtung ändern viele Merkmale auf einmal; die Gesichtserkennung liest sie als andere Identität.',
  'lesson.smiling.q3': 'Wie viele Gesichter zeigen dieselbe Nebenwirkung?',
  'lesson.smiling.q3.likely':
    'Die meisten Gesichter des Durchlaufs bewegen sich in dieselbe Richtung, daher wird die mittlere Änderung des Durchlaufs markiert.',
  'lesson.smiling.q3.why': 'Die Nebenwirkung gehört zur Richtung, und die ist für jedes Gesicht dieselbe.',
  'lesson.smiling.caveat1':
    'Jede Zahl ist selbst der Messwert eines Modells: Die Klassifikatoren von face-api haben eigene Verzerrungen und irren sich bei manchen Gesichtern häufiger.',
  'lesson.smiling.caveat2':
    '„P(männlich)“ ist die Lesart eines Klassifikators für die Geschlechterdarstellung, nicht das Geschlecht von irgendwem; die Gesichter sind keine echten Menschen.',
  'lesson.smiling.caveat3':
    'Die Helligkeit der Haut L* folgt dem Licht und den Farben des Modells ebenso wie der Haut; behandle kleine Änderungen als Rauschen.',
};
