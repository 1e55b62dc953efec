import type { about as en } from '../en/about';

export const about: Record<keyof typeof en, string> = {
  'about.heading': 'Sobre el modelo y sus mediciones',
  'about.modelHeading': 'El modelo de caras',
  'about.model':
    '**ProGAN-128** (GAN progresiva, Karras et al. 2018), del `progan-128` de TF-Hub, publicado con la licencia Apache 2.0 y convertido a TF.js. Dibuja caras de 128 × 128 px a partir de un vector latente de 512 números.',
  'about.celeba':
    'Se entrenó con **CelebA**: fotografías de famosos. CelebA sobrerrepresenta caras jóvenes y de piel clara y una presentación de género estereotipada, y el generador reproduce estos sesgos. Lo que ves es lo que le enseñaron los datos, no cómo son las caras.',
  'about.slidersHeading': 'Cómo se hicieron los controles',
  'about.sliders':
    'Cada control se mueve a lo largo de una dirección del espacio latente ajustada por regresión sobre las lecturas de los clasificadores en caras generadas.',
  'about.fit': '**{label}**: ajustado a {target}. {quality}',
  'about.software': 'Software: {packages}.',
  'about.noFit': 'Las direcciones ajustadas no están cargadas, así que no se puede mostrar su procedencia.',
  'about.classifiersHeading': 'Los clasificadores que miden también tienen sesgos',
  'about.classifiers1':
    'La edad, el sexo y la expresión vienen de las pequeñas redes de **face-api**, entrenadas sobre todo con fotografías de famosos y de la web. «P(male)» es un clasificador *binario* de la presentación de género; no sabe nada de la identidad de género y falla más con unos grupos que con otros.',
  'about.classifiers2':
    'El regresor de edad suele equivocarse en varios años, y sus errores no son iguales para todos los grupos; lee la edad aparente, que el maquillaje, el pelo y la luz desplazan.',
  'about.classifiers3':
    'El tono de piel se lee de los píxeles (ver abajo): la luz, el balance de blancos y el maquillaje todavía lo mueven, aunque menos que el antiguo ITA°.',
  'about.classifiers4': 'El giro de la cabeza se estima a partir de puntos de referencia: una escala ordinal, no un ángulo calibrado.',
  'about.classifiersSo':
    'Así que un cambio en la lectura puede ser sesgo del generador, del clasificador o de ambos: mira también las caras.',
  'about.skinHeading': 'Cómo se mide el tono de piel',
  'about.skin1':
    'Solo a partir de la piel: una máscara colocada con los 68 puntos de referencia de face-api cubre la cara y deja fuera los ojos, las cejas, las fosas nasales, los labios y la zona de la barba. Se descartan las luces quemadas (dos canales o más en blanco) y las sombras empastadas, y del resto solo se promedia la franja iluminada de la piel, del percentil 60 al 95 de la luminosidad L*: por encima del lado en sombra, por debajo del brillo. El color se sitúa en la **escala Monk Skin Tone**, diez tonos de Ellis Monk publicados por Google en 2022 con licencia CC BY 4.0 (skintone.google), y se muestra como la muestra de ese tono junto al color medido, con su luminosidad perceptual **L*** y su ángulo de **tono**, las dos dimensiones del color aparente de la piel que miden Thong, Joniak y Xiang (ICCV 2023). El **ITA°** de los dermatólogos sigue a la luz y al balance de blancos en las fotografías, así que solo se conserva como número, por continuidad con cifras anteriores. Una cara que el detector no ve se mide en el recuadro del recorte alineado, donde este generador siempre dibuja la cara, así que ninguna cara queda fuera de los recuentos.',
  'about.skin2':
    'La piel fotografiada no es la muestra impresa (este generador aclara y amarillea toda piel, y la piel oscura bajo una luz principal se lee mucho más clara que las muestras 7–10), así que el tono no es la muestra más cercana en color: es una recta a través de L*, a* y b* de la piel iluminada, ajustada a 244 caras generadas valoradas a ojo frente a las muestras.',
  'about.agreeHeading': 'Cuánto coincide con las personas',
  'about.agree1':
    'En esas 244 caras, evaluadas fuera de muestra (el tono de cada cara con una recta ajustada sin ella): el grupo (claro 1–3, medio 4–6, oscuro 7–10) coincide con la valoración en el {group} de las caras, el tono queda a uno o menos en el {within} y es exacto en el {exact}. La antigua lectura ITA°: {oldGroup}, {oldWithin}, {oldExact}.',
  'about.agree2':
    'Ninguna cara valorada como clara se lee oscura (la antigua lectura: 6 de 136); 7 de 93 caras medias se leen oscuras (27); 10 de 15 caras oscuras se leen oscuras (14 de 15, pero solo porque la antigua lectura llamaba oscuras a muchísimas caras).',
  'about.agree3':
    'Con ±{exposure} de exposición o una dominante cálida o fría, el tono se mantiene a uno o menos en el {stable} de las caras.',
  'about.agree4':
    'El detector de caras encuentra el {found} de esas caras ({before} antes); el resto se mide en el recorte alineado. Una sola persona hizo las valoraciones, y la gente discrepa sobre los tonos Monk: toma los tonos vecinos, y el límite entre claro y medio, como inciertos.',
  'about.auditHeading': 'Lo que «¿A quién dibuja este modelo?» puede decir y lo que no',
  'about.audit1':
    'Cada proporción ahí es la lectura de un clasificador sobre píxeles generados. «Leída como mujer / hombre» es la lectura binaria de face-api de la presentación de género: no es el género de nadie, y se equivoca a menudo con caras distintas de sus fotos de entrenamiento.',
  'about.audit2':
    'Los grupos de edad son la edad aparente de face-api. Los tonos Monk salen de los píxeles: la luz y el aspecto de este generador todavía los mueven, así que los tonos vecinos no se distinguen con nitidez, y las caras con muy poca piel visible quedan fuera de las proporciones de piel. Las caras que el detector no vio se cuentan (medidas en el recorte alineado), y el panel dice cuántas son y de qué grupos de piel.',
  'about.audit3':
    'Las proporciones de CelebA son etiquetas sí/no de anotadores («Young» no tiene umbral de edad; «Pale_Skin» no es un tono Monk), así que son una referencia de los datos de entrenamiento, no la misma medida.',
  'about.audit4':
    'Los intervalos del 95 % (Wilson) solo muestran el ruido de muestreo, no el sesgo de los clasificadores. Una proporción cercana al 50 % necesita unas {n10} caras para ±10 puntos, {n5} para ±5 y {n3} para ±3; una auditoría cancelada tiene menos caras y por tanto intervalos más amplios. Dos auditorías difieren claramente solo donde sus intervalos no se solapan.',
  'about.identityHeading': '¿Sigue siendo la misma persona?',
  'about.identity':
    'La **distancia de identidad** compara la cara mostrada con la cara de la misma semilla con todos los controles en 50, usando la red de reconocimiento facial de face-api (una adaptación del embedding facial ResNet de dlib: 128 números por cara, comparados por distancia euclídea). Por debajo de **{threshold}** se lee como «probablemente la misma persona», y a partir de ahí como «una persona distinta»: el umbral que usa el propio comparador de caras de face-api, que dlib eligió para distinguir personas reales en fotos de prensa (el banco de pruebas LFW). Las caras generadas no son fotografías, así que toma el veredicto como una pista y mira las caras; un cambio del propio atributo del control (una sonrisa, una edad) también mueve la distancia.',
  'about.locks':
    '**Bloqueos que se mantienen en cada cara.** Un bloqueo primero quita la dirección del atributo bloqueado de los demás controles, lo que mantiene la lectura del clasificador en promedio pero no en cada cara. Cuando la cara se detiene, el motor la empuja a lo largo de las direcciones bloqueadas, midiendo cada intento, hasta que cada lectura bloqueada vuelve cerca de su valor con los demás controles en 50 (dentro de ±{pMale} para P(male) y P(happy), ±{age} años, ±{skinL} en luminosidad de la piel L* y ±{yaw}° de giro). La lectura dice «mantenido», o «no se pudo mantener» con cuánto se desvió. Mantiene lo que lee face-api, que otras personas y otros clasificadores pueden ver de otro modo.',
  'about.classHeading': 'Usarlo en clase',
  'about.class1': 'Elige una cara y mueve un control (por ejemplo Sonriente) de 0 a 100. Mira la lectura: ¿qué más cambia?',
  'about.class2':
    'Haz un recorrido de ese control sobre varias caras. Lee la frase de efectos secundarios y los gráficos: ¿es coherente el cambio?',
  'about.class3': 'Mira la tabla de entrelazamiento: ¿qué direcciones se solapan? ¿Predice lo que encontró el recorrido?',
  'about.class4':
    'Bloquea el atributo que se movió sin querer (por ejemplo Masculino) y repite el recorrido. ¿Qué cambió y qué costó el bloqueo?',
  'about.class5': 'Descarga el CSV y compara grupos de caras; debatid de dónde viene el sesgo: CelebA, la GAN o los clasificadores.',
  'about.class6': 'Debatid: ¿quién falta en las caras que dibuja este modelo y qué haría falta para arreglarlo?',
};
