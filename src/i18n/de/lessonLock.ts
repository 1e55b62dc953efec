import type { lessonLock as en } from '../en/lessonLock';

export const lessonLock: Record<keyof typeof en, string> = {
  'lesson.lock.title': 'Kann eine Sperre es beheben, und was kostet das?',
  'lesson.lock.summary':
    'Halte P(männlich) mit einer Sperre fest, während sich Lächelnd bewegt, und miss, was die Korrektur mit dem Gesicht macht.',
  'lesson.lock.start.title': 'Beim Gesicht beginnen, wie es erzeugt wurde',
  'lesson.lock.start.instruction': 'Alle Regler stehen auf 50, und nichts ist gesperrt. Die Messwerte jetzt sind die Ausgangswerte.',
  'lesson.lock.start.action': 'Warte, bis die Messwerte erscheinen.',
  'lesson.lock.start.question': 'Was liest der Klassifikator für dieses Gesicht ab: P(männlich), P(fröhlich), Alter?',
  'lesson.lock.unlocked.title': 'Lächeln ohne Sperre',
  'lesson.lock.unlocked.instruction': 'Zuerst das Problem: Wie weit driftet P(männlich), wenn sich nur Lächelnd bewegt?',
  'lesson.lock.unlocked.action': 'Stell Lächelnd auf {value} oder mehr, ohne Männlich zu sperren.',
  'lesson.lock.unlocked.question': 'Wie weit ist P(männlich) gedriftet? Ist es als Nebenwirkung markiert?',
  'lesson.lock.lock.title': 'Männlich sperren',
  'lesson.lock.lock.instruction':
    'Eine Sperre hält ein Attribut fest: Die anderen Regler bewegen sich nur in Richtungen, die es lassen, wo es war, und die App korrigiert das Gesicht, bis der Messwert hält.',
  'lesson.lock.lock.action': 'Setz das Häkchen bei „{lock}“ neben Männlich (Lächelnd kann bleiben, wo es ist).',
  'lesson.lock.lock.question': 'Was wird die Sperre deiner Erwartung nach kosten? Lächelt das Gesicht noch genauso?',
  'lesson.lock.locked.title': 'Lächeln bei gesperrtem Männlich',
  'lesson.lock.locked.instruction':
    'Jetzt dieselbe Bewegung mit aktiver Sperre. Die Messanzeige sagt „Sperre gehalten“ oder „Sperre nicht gehalten“.',
  'lesson.lock.locked.action': 'Lass Männlich gesperrt und Lächelnd auf {value} oder mehr.',
  'lesson.lock.locked.question': 'Hat die Sperre P(männlich) gehalten? Ist P(fröhlich) trotzdem genauso stark gestiegen?',
  'lesson.lock.cost.title': 'Vorher und nachher: der Preis',
  'lesson.lock.cost.instruction': 'Die Tabelle stellt die beiden Lächeln nebeneinander: ohne Sperre und mit Sperre.',
  'lesson.lock.cost.action': 'Vergleiche die Drift von P(männlich) und den Identitätsabstand in beiden Zeilen.',
  'lesson.lock.cost.question':
    'Die Sperre hat eine Zahl festgehalten. Was hat sie sonst noch verändert, und würdest du das Ergebnis „dieselbe Person, lächelnd“ nennen?',
  'lesson.lock.goal1': 'Die Lernenden sehen eine technische Korrektur für eine Nebenwirkung und messen, ob sie wirkt.',
  'lesson.lock.goal2':
    'Die Lernenden sehen, dass jede Korrektur einen Preis hat: Hier entfernt sich das Gesicht weiter von der ursprünglichen Person.',
  'lesson.lock.goal3': 'Die Lernenden üben, zwei Bedingungen mit derselben Messung zu vergleichen.',
  'lesson.lock.plan15': 'Schritte 2, 4 und 5 am Beamer; die Klasse sagt vor jeder Bewegung voraus, was passiert.',
  'lesson.lock.plan30':
    'Alle fünf Schritte, die Lernenden auf ihren eigenen Geräten über den Lektionslink, Antworten auf dem Arbeitsblatt.',
  'lesson.lock.plan45':
    'Alle fünf Schritte, dann versuchen Paare, eine andere Nebenwirkung zu beheben (Jung sperren, während sich Lächelnd bewegt), und berichten Kosten und Nutzen.',
  'lesson.lock.prep1':
    'Probiere das Gesicht der Lektion (Startwert {seed}) einmal aus: Bei aktiver Sperre korrigiert die App das ruhende Gesicht, was auf einem Rechner ohne GPU ein paar Sekunden länger dauert.',
  'lesson.lock.prep2':
    'Ist die Drift in Schritt 2 bei diesem Gesicht klein, drücke N für ein anderes Gesicht und fang neu an: Eine Nebenwirkung ist eine Tendenz, kein Gesetz.',
  'lesson.lock.q1': 'Wie weit ist P(männlich) ohne Sperre gedriftet?',
  'lesson.lock.q1.likely':
    'Bei vielen Gesichtern fällt P(männlich) bei Lächelnd 90–100 um 0,15 oder mehr und wird als Nebenwirkung markiert.',
  'lesson.lock.q1.why':
    'Die Richtung Lächelnd zeigt teilweise entlang der Richtung Männlich, weil beide in den Trainingsfotos zusammen auftraten.',
  'lesson.lock.q2': 'Hat die Sperre P(männlich) gehalten?',
  'lesson.lock.q2.likely': 'Meist innerhalb von ±0,05 („Sperre gehalten“); manchmal gelingt es nicht, und die Messanzeige sagt das.',
  'lesson.lock.q2.why':
    'Die Sperre entfernt den Anteil von Männlich aus der Bewegung von Lächelnd und korrigiert das Gesicht dann gegen den Klassifikator; Klassifikator und Richtung stimmen nicht perfekt überein.',
  'lesson.lock.q3': 'Was hat die Sperre gekostet?',
  'lesson.lock.q3.likely': 'P(fröhlich) steigt vielleicht weniger, und der Identitätsabstand ist oft größer als ohne Sperre.',
  'lesson.lock.q3.why':
    'Einen Messwert festzuhalten zwingt das Gesicht, sich auf andere Weise zu ändern; eine Korrektur, die eine Zahl zufriedenstellt, kann die Person schwerer erkennbar machen.',
  'lesson.lock.caveat1':
    'Die Sperre hält den Messwert von face-api fest, und face-api ist selbst ein verzerrter Klassifikator: Die Zahl festzuhalten ist nicht dasselbe, wie festzuhalten, wie Menschen das Gesicht sehen.',
  'lesson.lock.caveat2':
    '„Männlich“ ist die Lesart eines Klassifikators für die Geschlechterdarstellung; die Sperre hält die Darstellung so fest, wie dieser Klassifikator sie sieht.',
  'lesson.lock.caveat3':
    'Der Identitätsabstand ist der Messwert der Gesichtserkennung von face-api; unter {threshold} heißt „wahrscheinlich dieselbe Person“ nur für dieses Netz.',
};
