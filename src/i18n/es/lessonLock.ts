import type { lessonLock as en } from '../en/lessonLock';

export const lessonLock: Record<keyof typeof en, string> = {
  'lesson.lock.title': '¿Lo arregla un bloqueo, y a qué precio?',
  'lesson.lock.summary': 'Mantén P(masculino) con un bloqueo mientras se mueve Sonriente, y mide qué le hace el arreglo a la cara.',
  'lesson.lock.start.title': 'Parte de la cara tal como se generó',
  'lesson.lock.start.instruction':
    'Todos los controles están en 50 y no hay nada bloqueado. Las lecturas de ahora son los valores iniciales.',
  'lesson.lock.start.action': 'Espera a que aparezcan las lecturas.',
  'lesson.lock.start.question': '¿Qué lee el clasificador en esta cara: P(masculino), P(feliz), edad?',
  'lesson.lock.unlocked.title': 'Sonrisa sin bloqueo',
  'lesson.lock.unlocked.instruction': 'Primero el problema: ¿cuánto se desvía P(masculino) cuando solo se mueve Sonriente?',
  'lesson.lock.unlocked.action': 'Mueve Sonriente a {value} o más, sin bloquear Masculino.',
  'lesson.lock.unlocked.question': '¿Cuánto se desvió P(masculino)? ¿Está marcado como efecto secundario?',
  'lesson.lock.lock.title': 'Bloquea Masculino',
  'lesson.lock.lock.instruction':
    'Un bloqueo mantiene un atributo: los demás controles solo se mueven en direcciones que lo dejan donde estaba, y la app corrige la cara hasta que la lectura se mantiene.',
  'lesson.lock.lock.action': 'Marca «{lock}» junto a Masculino (Sonriente puede quedarse donde está).',
  'lesson.lock.lock.question': '¿Qué crees que costará el bloqueo? ¿Seguirá sonriendo la cara igual?',
  'lesson.lock.locked.title': 'Sonrisa con Masculino bloqueado',
  'lesson.lock.locked.instruction':
    'Ahora el mismo movimiento con el bloqueo activo. Las medidas dicen «bloqueo mantenido» o «bloqueo no se pudo mantener».',
  'lesson.lock.locked.action': 'Mantén Masculino bloqueado y deja Sonriente en {value} o más.',
  'lesson.lock.locked.question': '¿Mantuvo el bloqueo P(masculino)? ¿Subió P(feliz) igual que antes?',
  'lesson.lock.cost.title': 'Antes y después: el coste',
  'lesson.lock.cost.instruction': 'La tabla pone las dos sonrisas una al lado de la otra: sin el bloqueo y con él.',
  'lesson.lock.cost.action': 'Compara la desviación de P(masculino) y la distancia de identidad en ambas filas.',
  'lesson.lock.cost.question': 'El bloqueo fijó un número. ¿Qué más cambió, y dirías que el resultado es «la misma persona, sonriendo»?',
  'lesson.lock.goal1': 'El alumnado ve un arreglo técnico para un efecto secundario y mide si funciona.',
  'lesson.lock.goal2': 'El alumnado ve que todo arreglo tiene un coste: aquí, la cara se aleja más de la persona original.',
  'lesson.lock.goal3': 'El alumnado practica cómo comparar dos condiciones con la misma medición.',
  'lesson.lock.plan15': 'Pasos 2, 4 y 5 en el proyector; la clase predice antes de cada movimiento.',
  'lesson.lock.plan30':
    'Los cinco pasos, con el alumnado en sus propios dispositivos desde el enlace de la lección y las respuestas en la hoja de trabajo.',
  'lesson.lock.plan45':
    'Los cinco pasos; después, por parejas, intentan arreglar otro efecto secundario (bloquear Joven mientras se mueve Sonriente) y cuentan el coste y el beneficio.',
  'lesson.lock.prep1':
    'Prueba una vez la cara de la lección (semilla {seed}): con un bloqueo activo, la app corrige la cara en reposo, lo que tarda unos segundos más en un ordenador sin GPU.',
  'lesson.lock.prep2':
    'Si la desviación del paso 2 es pequeña para esta cara, pulsa N para otra cara y vuelve a empezar: un efecto secundario es una tendencia, no una ley.',
  'lesson.lock.q1': '¿Cuánto se desvió P(masculino) sin el bloqueo?',
  'lesson.lock.q1.likely': 'En muchas caras P(masculino) baja 0,15 o más con Sonriente en 90–100 y se marca como efecto secundario.',
  'lesson.lock.q1.why':
    'La dirección Sonriente apunta en parte a lo largo de la dirección Masculino, porque ambas iban juntas en las fotografías de entrenamiento.',
  'lesson.lock.q2': '¿Mantuvo el bloqueo P(masculino)?',
  'lesson.lock.q2.likely': 'Normalmente dentro de ±0,05 («bloqueo mantenido»); a veces no puede, y las medidas lo indican.',
  'lesson.lock.q2.why':
    'El bloqueo quita la componente Masculino del movimiento de Sonriente y luego corrige la cara frente al clasificador; el clasificador y la dirección no coinciden del todo.',
  'lesson.lock.q3': '¿Qué costó el bloqueo?',
  'lesson.lock.q3.likely': 'P(feliz) puede subir menos, y la distancia de identidad suele ser mayor que sin el bloqueo.',
  'lesson.lock.q3.why':
    'Mantener una lectura obliga a la cara a cambiar de otras maneras; un arreglo que satisface un número puede hacer a la persona menos reconocible.',
  'lesson.lock.caveat1':
    'El bloqueo mantiene la lectura que face-api hace de la cara, y face-api es a su vez un clasificador sesgado: mantener el número no es lo mismo que mantener cómo ve la gente la cara.',
  'lesson.lock.caveat2':
    '«Masculino» es la lectura que hace un clasificador de la apariencia de género; el bloqueo mantiene esa apariencia tal como la ve ese clasificador.',
  'lesson.lock.caveat3':
    'La distancia de identidad es la lectura del reconocimiento facial de face-api; por debajo de {threshold} significa «probablemente la misma persona» solo para esa red.',
};
