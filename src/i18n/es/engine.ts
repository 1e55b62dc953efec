import type { engine as en } from '../en/engine';

export const engine: Record<keyof typeof en, string> = {
  'fit.fitted':
    'Ajustado el {date} con {n} caras generadas, {used} de ellas detectadas (puntuación ≥ {score}); {heldOut} reservado para las métricas.',
  'fit.logistic':
    'Regresión logística; con los datos reservados: exactitud {accuracy}, AUC {auc} ({train} caras de entrenamiento / {test} de prueba, {positive} positivas); estabilidad {stability}.',
  'fit.ridge':
    'Regresión ridge; con los datos reservados: R² {r2}, RMSE {rmse} frente a una dispersión de {spread} ({train} caras de entrenamiento / {test} de prueba); estabilidad {stability}.',
  'fit.noMetrics': 'No hay métricas registradas con datos reservados.',
  'fit.noTarget': 'un objetivo que el archivo no registra',
  'fit.target.young': 'la edad aparente según face-api, en años y con el signo cambiado (+ = más joven)',
  'fit.target.smiling': 'la expresión happy de face-api > 0,5',
  'fit.target.male': 'la pMale de face-api > 0,5',
  'fit.target.skinTone':
    'la claridad aparente L* de la piel desnuda iluminada (src/core/measure/apparentSkin.ts; + = más clara), separada del brillo de la imagen',
  'fit.target.headTurn': 'la rotación (yaw) en grados según los puntos de referencia (+ = cara girada hacia la derecha de la imagen)',
  'engine.hdUnavailable': 'Las caras HD no están disponibles ({error}); la cara se muestra al tamaño del modelo.',
  'engine.notKeptOffline':
    'No se pudo guardar el modelo de caras para usarlo sin conexión ({why}); funciona en línea, y para usarlo sin conexión hacen falta unos {megabytes} MB de almacenamiento libre.',
  'engine.storageFull': 'el almacenamiento del navegador para este sitio está lleno',
  'engine.forcedFailed': 'El backend {forced} no pudo arrancar ({why}); se usa {backend} en su lugar.',
  'engine.unknownReason': 'motivo desconocido',
  'engine.notInitialised': 'no se inicializó en este navegador',
  'engine.softwareGpu': 'GPU por software detectada ({gpus}): se usa {backend} en su lugar',
  'engine.webglLost': 'Se perdió el contexto WebGL',
  'engine.webgpuLost': 'Se perdió el dispositivo WebGPU ({reason})',
  'engine.noReasonGiven': 'sin motivo indicado',
  'engine.backendFailed': 'El backend {backend} falló ({error})',
  'engine.thread.noWorkers': 'este navegador no tiene workers de módulo',
  'engine.thread.noOffscreenCanvas': 'este navegador no tiene OffscreenCanvas para dibujar con la GPU en un worker',
  'engine.thread.safari': 'Safari solo dibuja con WebGL en la página',
};
