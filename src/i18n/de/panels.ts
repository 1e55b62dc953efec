import type { panels as en } from '../en/panels';

export const panels: Record<keyof typeof en, string> = {
  'population.heading': 'Wen zeichnet dieses Modell?',
  'population.intro':
    'Standardmäßig, gemessen an {n} Gesichtern, die das Modell zum Anpassen der Regler gezeichnet hat (Startwerte ab {seed}):',
  'population.celeba': 'Sein Trainingsdatensatz, CelebA, zum Vergleich:',
  'population.source': 'Quelle: {source}.',
  'population.monkNote':
    'Der Hautton ist ein Ton der Monk-Skin-Tone-Skala (Ellis Monk; Google 2022, CC BY 4.0), von 1, am hellsten, bis 10, am dunkelsten, gelesen an der beleuchteten Haut jedes Gesichts; helle Haut sind die Töne 1–3, mittlere 4–6 und dunkle 7–10. Bei 244 nach Augenmaß bewerteten Gesichtern stimmte die Gruppe bei {group} der Gesichter mit der Bewertung überein, und der Ton lag bei {within} höchstens einen daneben: lies die Anteile als grob.',
  'population.failed': 'Die Standardverteilung ist nicht verfügbar: {reason}. Ein Audit funktioniert trotzdem.',
  'population.loading': 'Die Standardverteilung wird geladen …',
  'population.yourself': 'Miss es selbst, bei den aktuellen Reglern',
  'population.yourselfIntro':
    'Zeichnet neue Gesichter mit den Reglern und Sperren wie jetzt, misst jedes abseits der Seite und legt das Ergebnis über die Standardverteilung. Derselbe Audit-Startwert ergibt dieselben Gesichter: er steht im Link.',
  'population.setting': '{settings}, Audit-Startwert {seed}: {measured} von {count} Gesichtern gemessen.',
  'population.settingPartial':
    '{settings}, Audit-Startwert {seed}: {measured} von {count} Gesichtern gemessen (unvollständig: {count} von {size}).',
  'population.clear': '— außerhalb der 95-%-Intervalle des jeweils anderen',
  'population.unclear': '— innerhalb der Unsicherheit',
  'csv.download': 'CSV herunterladen ({count} Gesichter)',
  'entanglement.heading': 'Verschränkung der Richtungen',
  'entanglement.matrix': 'Verschränkungsmatrix',
  'entanglement.caption':
    'Kosinus zwischen den Richtungen, in die sich die Regler bewegen: ein Schritt an einem Regler verschiebt den Wert des anderen Attributs um cos × Schritt. 0 ist unabhängig; |cos| unter {negligible} ist vernachlässigbar.',
  'entanglement.locksCaption': 'Sperren nehmen die gesperrten Richtungen aus den anderen heraus; „vorher“ ist der Wert ohne Sperren.',
  'entanglement.locked': '{label} (gesperrt)',
  'entanglement.itself': 'sich selbst',
  'entanglement.was': 'vorher {value}',
  'sweep.soFar': 'Bisher: {count} von {total} Gesichtern.',
  'sweep.partial': 'Unvollständiger Durchlauf: {count} von {total} Gesichtern.',
  'sweep.how': 'Änderungen sind je Gesicht, Regler auf 0 gegen Regler auf 100, gemittelt über die an beiden Enden gemessenen Gesichter.',
  'charts.headline': 'Als weiblich gelesen, lächelnd; Hautgruppen',
  'charts.headlineDesc': 'Anteil der Gesichter je Messwert, Balken mit 95-%-Intervallen, gestrichelt der Anteil in CelebA',
  'charts.skin': 'Hautton (Monk-Skin-Tone-Skala)',
  'charts.skinDesc': 'Anteil der Gesichter je Monk-Ton, 1 am hellsten bis 10 am dunkelsten',
  'charts.age': 'Scheinbares Alter (Jahre)',
  'charts.ageDesc': 'Anteil der Gesichter je Altersgruppe',
  'charts.yaw': 'Kopfdrehung (Grad)',
  'charts.yawDesc': 'Anteil der Gesichter je Drehungsgruppe',
  'charts.legendDefault': 'Standardverteilung',
  'charts.legendAudit': 'dieses Audit',
  'charts.legendRest': '· schwarze Linien: 95-%-Intervalle (Wilson) ·',
  'charts.legendCeleba': 'Anteil in CelebA (Etiketten der Annotierenden)',
  'charts.failed': 'Das Diagramm konnte nicht geladen werden: {error}',
  'charts.sliderAxis': 'Regler {label}',
};
