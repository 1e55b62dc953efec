import type { lessonPopulation as en } from '../en/lessonPopulation';

export const lessonPopulation: Record<keyof typeof en, string> = {
  'lesson.population.title': '¿A quién dibuja este modelo?',
  'lesson.population.summary':
    'Compara a quién dibuja el modelo por defecto con las fotografías de las que aprendió y luego audítalo con un control en un extremo.',
  'lesson.population.guess.title': 'Primero, adivina',
  'lesson.population.guess.instruction':
    'El modelo aprendió de unas 200.000 fotografías de famosos. Antes de mirar ningún número, haz una estimación.',
  'lesson.population.guess.action': 'Pulsa N varias veces para ver algunas de las caras que dibuja el modelo.',
  'lesson.population.guess.question':
    'De cada 100 caras que dibuja este modelo, ¿cuántas esperas que parezcan de mujer? ¿Jóvenes? ¿De piel clara?',
  'lesson.population.default.title': 'La distribución por defecto',
  'lesson.population.default.instruction':
    '«{panel}» muestra las proporciones medidas sobre miles de caras del modelo, junto a las etiquetas de sus fotografías de entrenamiento (CelebA).',
  'lesson.population.default.action': 'Abre «{panel}» y lee las proporciones y sus intervalos del 95 %.',
  'lesson.population.default.question':
    '¿Qué grupos están sobrerrepresentados y cuáles casi faltan? ¿El modelo está más o menos sesgado que sus fotografías?',
  'lesson.population.extreme.title': 'Lleva un control al extremo',
  'lesson.population.extreme.instruction':
    'Un control mueve todas las caras que dibuja el modelo. Una auditoría mide caras nuevas con los controles que fijes.',
  'lesson.population.extreme.action': 'Mueve Joven a {value} o menos (caras mayores).',
  'lesson.population.extreme.question':
    '¿Qué esperas que pase con las demás proporciones (mujer, piel clara, sonrisa) cuando todas las caras se hacen mayores?',
  'lesson.population.audit.title': 'Auditoría en el extremo',
  'lesson.population.audit.instruction':
    'La auditoría dibuja y mide {size} o más caras nuevas con los controles actuales y la semilla del enlace, así que todo el mundo obtiene las mismas caras.',
  'lesson.population.audit.action': 'En «{panel}», pulsa «{button}» (o más) y espera a que termine.',
  'lesson.population.audit.question': '¿Qué proporciones se movieron además de la edad? ¿Los cambios son mayores que sus intervalos?',
  'lesson.population.why.title': 'Por qué importa',
  'lesson.population.why.instruction':
    'Un generador que se usa para crear fotos de archivo o datos de entrenamiento «diversos» transmite sus sesgos.',
  'lesson.population.why.action': 'Copia el enlace: reproduce las mismas caras y la misma auditoría para cualquiera que lo abra.',
  'lesson.population.why.question':
    'Si una empresa usara este modelo para generar caras de «clientes mayores», ¿quién faltaría en sus imágenes?',
  'lesson.population.goal1': 'El alumnado lee una proporción con su intervalo del 95 % y la compara con una referencia.',
  'lesson.population.goal2': 'El alumnado ve que un generador reproduce, y puede amplificar, los sesgos de sus datos de entrenamiento.',
  'lesson.population.goal3':
    'El alumnado ve que editar todas las caras con un control desplaza grupos enteros, no solo el atributo buscado.',
  'lesson.population.plan15': 'Pasos 1–2 en común; para los pasos 3–5, muestra un enlace preparado con una auditoría terminada.',
  'lesson.population.plan30':
    'Todos los pasos; inicia la auditoría de {size} caras en el proyector y comenta el paso 3 mientras se ejecuta.',
  'lesson.population.plan45':
    'Todos los pasos; después, en grupos, auditan otros extremos (Sonriente 100, Masculino 0) desde sus propios enlaces y comparan los resultados.',
  'lesson.population.prep1':
    'Una auditoría de {size} caras tarda unos dos minutos en un ordenador sin GPU y unos segundos con ella. Pruébala una vez antes de la clase.',
  'lesson.population.prep2':
    'El enlace de la lección fija la semilla y el tamaño de la auditoría (audit={seed}&auditN={size}): todos los dispositivos auditan las mismas caras.',
  'lesson.population.prep3': 'Decide cómo hablar de las categorías: son lecturas de un clasificador, no la identidad de las personas.',
  'lesson.population.q1': '¿Qué grupos están sobrerrepresentados?',
  'lesson.population.q1.likely':
    'La mayoría de las caras se leen como jóvenes y de piel clara; se leen más caras como mujer que como hombre; la piel oscura (Monk 7–10) es rara.',
  'lesson.population.q1.why':
    'Las fotografías de CelebA son sobre todo de famosos jóvenes y de piel clara, y se sabe que los generadores reproducen ese desequilibrio y a veces lo amplifican.',
  'lesson.population.q2': '¿Qué proporciones se movieron además de la edad?',
  'lesson.population.q2.likely':
    'Con Joven en 0, la proporción leída como hombre suele subir y la leída como sonriente a menudo también cambia.',
  'lesson.population.q2.why':
    'En las fotografías de entrenamiento, las caras mayores son más a menudo de hombres; la dirección Joven arrastra esa correlación.',
  'lesson.population.q3': '¿Los cambios son mayores que sus intervalos?',
  'lesson.population.q3.likely':
    'Con {size} caras los intervalos son anchos (unos ±14 puntos); los cambios más grandes los superan, los pequeños no.',
  'lesson.population.q3.why':
    'Una proporción sobre n caras tiene una incertidumbre de aproximadamente 1/√n; una auditoría de 200 caras reduce el intervalo a la mitad.',
  'lesson.population.caveat1':
    '«Leída como mujer / hombre» es la lectura que hace el clasificador de face-api de la apariencia de género, no el género; el clasificador se equivoca más con algunos grupos.',
  'lesson.population.caveat2':
    'El tono de piel es una estimación a partir de los colores de la imagen en la escala Monk; la iluminación lo desplaza, y cada persona valora los tonos de forma distinta.',
  'lesson.population.caveat3': 'Las propias etiquetas de CelebA las pusieron anotadores y llevan sus juicios.',
};
