import type { lessonSmiling as en } from '../en/lessonSmiling';

export const lessonSmiling: Record<keyof typeof en, string> = {
  'lesson.smiling.title': '¿Sonriente solo cambia la sonrisa?',
  'lesson.smiling.summary': 'Mueve un control, lee qué más se movió y luego comprueba si también pasa con otras caras.',
  'lesson.smiling.meet.title': 'Conoce la cara',
  'lesson.smiling.meet.instruction':
    'Esta cara la dibuja una red neuronal que aprendió de fotografías de famosos. Todos los controles están en 50: la cara tal como se generó.',
  'lesson.smiling.meet.action': 'Deja todos los controles en 50 y espera a que aparezcan las lecturas.',
  'lesson.smiling.meet.question': '¿Qué edad te parece que tiene esta persona? ¿Dirías que parece un hombre o una mujer, y por qué?',
  'lesson.smiling.smile.title': 'Haz que sonría',
  'lesson.smiling.smile.instruction':
    'El control Sonriente mueve la cara a lo largo de una dirección que el modelo aprendió para «sonreír».',
  'lesson.smiling.smile.action': 'Mueve Sonriente a {value} o más.',
  'lesson.smiling.smile.question': '¿Qué cambió además de la sonrisa? Fíjate en el pelo, la piel, la mandíbula, la edad.',
  'lesson.smiling.read.title': 'Lee inicio → ahora',
  'lesson.smiling.read.instruction':
    'La app midió la cara al inicio y ahora. Un cambio que no se le pidió, por encima de un umbral, se marca con «{flag}».',
  'lesson.smiling.read.action': 'Lee la tabla: inicio → ahora y el cambio de cada lectura.',
  'lesson.smiling.read.question':
    '¿Qué lecturas se movieron más que el umbral? ¿La distancia de identidad está por debajo de {threshold} (probablemente la misma persona)?',
  'lesson.smiling.sweep.title': '¿Es solo esta cara?',
  'lesson.smiling.sweep.instruction':
    'Una cara puede ser casualidad. Un recorrido dibuja varias caras desde Sonriente 0 hasta 100 y mide cada una.',
  'lesson.smiling.sweep.action': 'En «{panel}», elige Sonriente y pulsa «{button}». Espera a que termine.',
  'lesson.smiling.sweep.question': 'Antes de que termine: ¿cuántas de las caras esperas que muestren el mismo efecto secundario?',
  'lesson.smiling.pattern.title': 'Un patrón, no una casualidad',
  'lesson.smiling.pattern.instruction':
    'El recorrido promedia cada cambio sobre todas sus caras. Un efecto secundario que aparece en la mayoría de las caras pertenece a la dirección, no a una cara.',
  'lesson.smiling.pattern.action': 'Mira el gráfico del recorrido y la hoja de contactos en «{panel}».',
  'lesson.smiling.pattern.question':
    '¿Por qué un modelo entrenado con fotografías de famosos podría asociar sonreír con parecer mujer o más joven? ¿A quién perjudicaría que una app usara este control para «hacer las fotos más amables»?',
  'lesson.smiling.goal1': 'El alumnado sabe decir en una frase qué es una dirección latente: una forma de mover todas las caras a la vez.',
  'lesson.smiling.goal2': 'El alumnado lee una medición como inicio → ahora y distingue un cambio buscado de un efecto secundario.',
  'lesson.smiling.goal3': 'El alumnado explica por qué un ejemplo no es una prueba y un recorrido sobre varias caras sí lo es.',
  'lesson.smiling.plan15':
    'Pasos 1–3 en el proyector, en modo Presentación; una pregunta en cada uno; sáltate el recorrido y muestra su resultado desde un enlace preparado antes.',
  'lesson.smiling.plan30':
    'Los cinco pasos; el alumnado mueve el control en sus propios dispositivos desde el enlace de la lección y la clase hace un recorrido en común.',
  'lesson.smiling.plan45':
    'Los cinco pasos; después, por parejas, repiten los pasos 2–5 con Joven o Masculino y anotan un efecto secundario con sus cifras en la hoja de trabajo.',
  'lesson.smiling.prep1':
    'Abre la lección una vez en el ordenador del aula: la primera cara descarga unos 23 MB de modelo; las visitas siguientes arrancan sin conexión.',
  'lesson.smiling.prep2':
    'En un ordenador sin GPU, una cara tarda alrededor de un segundo y el recorrido (6 caras × 7 pasos) unos dos minutos: inícialo antes de comentar la pregunta del paso 4.',
  'lesson.smiling.prep3': 'Imprime o comparte la hoja de trabajo («{button}»), o deja que el alumnado la guarde como PDF al final.',
  'lesson.smiling.q1': '¿Qué cambió además de la sonrisa?',
  'lesson.smiling.q1.likely':
    'En muchas caras baja P(masculino) y la cara parece más femenina o más joven; a veces cambia la luminosidad de la piel.',
  'lesson.smiling.q1.why':
    'La dirección Sonriente se ajustó sobre CelebA, donde las fotografías sonrientes son más a menudo de mujeres; la dirección recogió lo que va junto en los datos, no solo la sonrisa.',
  'lesson.smiling.q2': '¿La distancia de identidad está por debajo de {threshold}?',
  'lesson.smiling.q2.likely':
    'Con Sonriente en 90–100 suele estar cerca de {threshold} o por encima: la cara puede leerse como otra persona.',
  'lesson.smiling.q2.why':
    'Los movimientos grandes a lo largo de una dirección cambian muchos rasgos a la vez; el reconocimiento facial los lee como otra identidad.',
  'lesson.smiling.q3': '¿Cuántas caras muestran el mismo efecto secundario?',
  'lesson.smiling.q3.likely':
    'La mayoría de las caras del recorrido se mueven en el mismo sentido, así que el cambio medio del recorrido queda marcado.',
  'lesson.smiling.q3.why': 'El efecto secundario pertenece a la dirección, que es la misma para todas las caras.',
  'lesson.smiling.caveat1':
    'Cada número es a su vez la lectura de un modelo: los clasificadores de face-api tienen sus propios sesgos y se equivocan más con algunas caras.',
  'lesson.smiling.caveat2':
    '«P(masculino)» es la lectura que hace un clasificador de la apariencia de género, no el género de nadie; las caras no son personas reales.',
  'lesson.smiling.caveat3':
    'La luminosidad de la piel L* depende de la iluminación y de los colores del modelo, además de la piel; trata los cambios pequeños como ruido.',
};
