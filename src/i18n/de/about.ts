import type { about as en } from '../en/about';

export const about: Record<keyof typeof en, string> = {
  'about.heading': 'Über das Modell und seine Messungen',
  'about.modelHeading': 'Das Gesichtsmodell',
  'about.model':
    '**ProGAN-128** (Progressive GAN, Karras et al. 2018), aus `progan-128` von TF-Hub, veröffentlicht unter der Apache-2.0-Lizenz und nach TF.js umgewandelt. Es zeichnet Gesichter mit 128 × 128 px aus einem latenten Vektor mit 512 Zahlen.',
  'about.celeba':
    'Es wurde mit **CelebA** trainiert: Fotos von Prominenten. CelebA enthält überproportional viele junge, hellhäutige Gesichter und stereotype Geschlechterdarstellung, und der Generator gibt diese Schieflagen wieder. Was du siehst, haben ihm die Daten beigebracht; so sind Gesichter nicht.',
  'about.slidersHeading': 'Wie die Regler entstanden sind',
  'about.sliders':
    'Jeder Regler bewegt sich entlang einer Richtung im latenten Raum, die per Regression auf die Messwerte der Klassifikatoren für erzeugte Gesichter angepasst wurde.',
  'about.fit': '**{label}**: angepasst an {target}. {quality}',
  'about.software': 'Software: {packages}.',
  'about.noFit': 'Die angepassten Richtungen sind nicht geladen, daher kann ihre Herkunft nicht gezeigt werden.',
  'about.classifiersHeading': 'Auch die messenden Klassifikatoren sind verzerrt',
  'about.classifiers1':
    'Alter, Geschlecht und Ausdruck stammen aus den kleinen Netzen von **face-api**, die vor allem mit Fotos von Prominenten und aus dem Netz trainiert wurden. „P(male)“ ist ein *binärer* Klassifikator der Geschlechterdarstellung; er weiß nichts über Geschlechtsidentität und irrt sich bei manchen Gruppen häufiger als bei anderen.',
  'about.classifiers2':
    'Der Altersschätzer liegt meist um mehrere Jahre daneben, und seine Fehler sind nicht für jede Gruppe gleich; er liest das scheinbare Alter, das Make-up, Haare und Licht verschieben.',
  'about.classifiers3':
    'Der Hautton wird aus Pixeln gelesen (siehe unten): Licht, Weißabgleich und Make-up verschieben ihn immer noch, wenn auch weniger als beim älteren ITA°.',
  'about.classifiers4': 'Die Kopfdrehung wird aus Landmarken geschätzt: eine Ordinalskala, kein kalibrierter Winkel.',
  'about.classifiersSo':
    'Eine Änderung im Messwert kann also die Verzerrung des Generators sein, die des Klassifikators oder beides: sieh dir auch die Gesichter an.',
  'about.skinHeading': 'Wie der Hautton gemessen wird',
  'about.skin1':
    'Nur an der Haut: eine Maske, die über die 68 Landmarken von face-api gelegt wird, bedeckt das Gesicht und lässt Augen, Brauen, Nasenlöcher, Lippen und den Bartbereich aus. Ausgebrannte Lichter (zwei Kanäle oder mehr auf Weiß) und abgesoffene Schatten werden weggelassen, und vom Rest wird nur das beleuchtete Band der Haut gemittelt, vom 60. bis zum 95. Perzentil der Helligkeit L*: über der Schattenseite, unter dem Glanz. Die Farbe wird auf der **Monk-Skin-Tone-Skala** eingeordnet, zehn Töne von Ellis Monk, 2022 von Google unter CC BY 4.0 veröffentlicht (skintone.google), und als Farbfeld dieses Tons neben der gemessenen Farbe gezeigt, zusammen mit ihrer wahrgenommenen Helligkeit **L*** und ihrem **Farbton**-Winkel, den beiden Dimensionen der scheinbaren Hautfarbe, die Thong, Joniak und Xiang (ICCV 2023) messen. Der **ITA°** der Dermatologie folgt bei Fotos dem Licht und dem Weißabgleich, daher bleibt er nur als Zahl, zur Vergleichbarkeit mit früheren Werten. Ein Gesicht, das der Detektor übersieht, wird im Rahmen des ausgerichteten Ausschnitts gemessen, wo dieser Generator das Gesicht immer zeichnet, sodass kein Gesicht aus den Zählungen fällt.',
  'about.skin2':
    'Fotografierte Haut ist nicht das gedruckte Farbfeld (dieser Generator hellt jede Haut auf und macht sie gelblicher, und dunkle Haut unter einem Führungslicht wirkt viel heller als die Felder 7–10), daher ist der Ton nicht das farblich nächste Feld: er ist eine Gerade durch L*, a* und b* der beleuchteten Haut, angepasst an 244 erzeugte Gesichter, die nach Augenmaß gegen die Farbfelder bewertet wurden.',
  'about.agreeHeading': 'Wie gut es mit Menschen übereinstimmt',
  'about.agree1':
    'Bei diesen 244 Gesichtern, außerhalb der Anpassung bewertet (der Ton jedes Gesichts aus einer Geraden, die ohne es angepasst wurde): die Gruppe (hell 1–3, mittel 4–6, dunkel 7–10) stimmt bei {group} der Gesichter mit der Bewertung überein, der Ton liegt bei {within} höchstens einen daneben und ist bei {exact} genau. Der alte ITA°-Wert: {oldGroup}, {oldWithin}, {oldExact}.',
  'about.agree2':
    'Kein als hell bewertetes Gesicht wird als dunkel gelesen (alter Wert: 6 von 136); 7 von 93 mittleren Gesichtern werden als dunkel gelesen (27); 10 von 15 dunklen Gesichtern werden als dunkel gelesen (14 von 15, aber nur, weil der alte Wert so viele Gesichter dunkel nannte).',
  'about.agree3':
    'Bei ±{exposure} Belichtung oder einem warmen oder kühlen Farbstich bleibt der Ton bei {stable} der Gesichter höchstens einen daneben.',
  'about.agree4':
    'Der Gesichtsdetektor findet {found} dieser Gesichter (vorher {before}); der Rest wird im ausgerichteten Ausschnitt gemessen. Eine einzige Person hat bewertet, und Menschen sind sich bei Monk-Tönen uneinig: betrachte benachbarte Töne und die Grenze zwischen hell und mittel als unsicher.',
  'about.auditHeading': 'Was „Wen zeichnet dieses Modell?“ sagen kann und was nicht',
  'about.audit1':
    'Jeder Anteil dort ist die Lesart eines Klassifikators für erzeugte Pixel. „Als weiblich / männlich gelesen“ ist die binäre Lesart der Geschlechterdarstellung durch face-api: nicht das Geschlecht von irgendwem, und eine fehleranfällige bei Gesichtern, die seinen Trainingsfotos nicht ähneln.',
  'about.audit2':
    'Die Altersgruppen sind das scheinbare Alter laut face-api. Die Monk-Töne stammen aus Pixeln: Licht und der Stil dieses Generators verschieben sie noch, daher werden benachbarte Töne nicht scharf getrennt, und Gesichter mit zu wenig freier Haut im Bild fallen aus den Hautanteilen heraus. Gesichter, die der Detektor übersehen hat, werden mitgezählt (im ausgerichteten Ausschnitt gemessen), und das Panel sagt, wie viele es sind und welche Hautgruppen sie hatten.',
  'about.audit3':
    'Die Anteile von CelebA sind Ja/Nein-Etiketten von Annotierenden („Young“ hat keine Altersgrenze; „Pale_Skin“ ist kein Monk-Ton), also ein Bezugspunkt für die Trainingsdaten, nicht dieselbe Messung.',
  'about.audit4':
    'Die 95-%-Intervalle (Wilson) zeigen nur das Stichprobenrauschen, nicht die Verzerrung der Klassifikatoren. Ein Anteil nahe 50 % braucht etwa {n10} Gesichter für ±10 Punkte, {n5} für ±5 und {n3} für ±3; ein abgebrochenes Audit hat weniger Gesichter und daher breitere Intervalle. Zwei Audits unterscheiden sich nur dort klar, wo sich ihre Intervalle nicht überlappen.',
  'about.identityHeading': 'Ist es noch dieselbe Person?',
  'about.identity':
    'Der **Identitätsabstand** vergleicht das gezeigte Gesicht mit dem Gesicht desselben Startwerts mit allen Reglern auf 50, mit dem Gesichtserkennungsnetz von face-api (eine Portierung des ResNet-Gesichts-Embeddings von dlib: 128 Zahlen pro Gesicht, verglichen über den euklidischen Abstand). Unter **{threshold}** gilt es als „wahrscheinlich dieselbe Person“, ab diesem Wert als „eine andere Person“: die Schwelle, die der Gesichtsabgleich von face-api selbst verwendet und die dlib gewählt hat, um echte Menschen auf Pressefotos zu unterscheiden (der LFW-Benchmark). Erzeugte Gesichter sind keine Fotos, nimm das Urteil also als Hinweis und sieh dir die Gesichter an; eine Änderung des eigenen Attributs des Reglers (ein Lächeln, ein Alter) verschiebt den Abstand ebenfalls.',
  'about.locks':
    '**Sperren, die je Gesicht halten.** Eine Sperre nimmt zuerst die Richtung des gesperrten Attributs aus den anderen Reglern heraus, was den Messwert des Klassifikators im Mittel hält, aber nicht bei jedem Gesicht. Wenn das Gesicht ruht, schiebt die Engine es entlang der gesperrten Richtungen, misst jeden Versuch, bis jeder gesperrte Messwert wieder nahe an seinem Wert mit den anderen Reglern auf 50 liegt (innerhalb von ±{pMale} für P(male) und P(happy), ±{age} Jahren, ±{skinL} bei der Hauthelligkeit L* und ±{yaw}° bei der Drehung). Der Messwert sagt „gehalten“ oder „nicht gehalten“ mit der Abweichung. Er hält, was face-api liest; andere Menschen und Klassifikatoren sehen es vielleicht anders.',
  'about.classHeading': 'Im Unterricht verwenden',
  'about.class1': 'Wähle ein Gesicht und bewege einen Regler (etwa Lächelnd) von 0 bis 100. Beobachte die Messwerte: was ändert sich noch?',
  'about.class2':
    'Fahre diesen Regler über mehrere Gesichter durch. Lies den Satz zu den Nebenwirkungen und die Diagramme: ist die Änderung einheitlich?',
  'about.class3': 'Sieh dir die Verschränkungstabelle an: welche Richtungen überlappen? Sagt sie vorher, was der Durchlauf gefunden hat?',
  'about.class4':
    'Sperre das Attribut, das sich versehentlich bewegt hat (etwa Männlich), und fahre erneut durch. Was hat sich geändert, und was hat die Sperre gekostet?',
  'about.class5':
    'Lade die CSV herunter und vergleiche Gruppen von Gesichtern; diskutiert, woher die Schieflage kommt: von CelebA, vom GAN oder von den Klassifikatoren.',
  'about.class6': 'Diskutiert: wer fehlt in den Gesichtern, die dieses Modell zeichnet, und was bräuchte es, um das zu ändern?',
};
