import type { engine as en } from '../en/engine';

export const engine: Record<keyof typeof en, string> = {
  'fit.fitted':
    'Angepasst am {date} an {n} erzeugten Gesichtern, von denen {used} erkannt wurden (Erkennungswert ≥ {score}); {heldOut} für die Kennzahlen zurückgehalten.',
  'fit.logistic':
    'Logistische Regression; auf zurückgehaltenen Daten: Genauigkeit {accuracy}, AUC {auc} ({train} Trainings- / {test} Testgesichter, {positive} positiv); Stabilität {stability}.',
  'fit.ridge':
    'Ridge-Regression; auf zurückgehaltenen Daten: R² {r2}, RMSE {rmse} bei einer Streuung von {spread} ({train} Trainings- / {test} Testgesichter); Stabilität {stability}.',
  'fit.noMetrics': 'Keine Kennzahlen auf zurückgehaltenen Daten erfasst.',
  'fit.noTarget': 'eine Zielgröße, die die Datei nicht nennt',
  'fit.target.young': 'das scheinbare Alter laut face-api in Jahren, mit umgekehrtem Vorzeichen (+ = jünger)',
  'fit.target.smiling': 'den face-api-Ausdruck happy > 0,5',
  'fit.target.male': 'face-api pMale > 0,5',
  'fit.target.skinTone':
    'die scheinbare Hauthelligkeit L* der beleuchteten unbedeckten Haut (src/core/measure/apparentSkin.ts; + = heller), getrennt von der Helligkeit des Bildes',
  'fit.target.headTurn': 'die Kopfdrehung (Yaw) in Grad aus den Landmarken (+ = Gesicht zur rechten Bildseite gedreht)',
  'engine.hdUnavailable': 'HD-Gesichter sind nicht verfügbar ({error}); das Gesicht wird in der Größe des Modells gezeigt.',
  'engine.notKeptOffline':
    'Das Gesichtsmodell konnte nicht für die Offline-Nutzung gespeichert werden ({why}); online funktioniert es, und offline braucht es etwa {megabytes} MB freien Speicher.',
  'engine.storageFull': 'der Speicher des Browsers für diese Seite ist voll',
  'engine.forcedFailed': 'Das Backend {forced} konnte nicht starten ({why}); stattdessen wird {backend} verwendet.',
  'engine.unknownReason': 'unbekannter Grund',
  'engine.notInitialised': 'es ließ sich in diesem Browser nicht initialisieren',
  'engine.softwareGpu': 'Software-GPU erkannt ({gpus}): stattdessen wird {backend} verwendet',
  'engine.webglLost': 'Der WebGL-Kontext ging verloren',
  'engine.webgpuLost': 'Das WebGPU-Gerät ging verloren ({reason})',
  'engine.noReasonGiven': 'kein Grund angegeben',
  'engine.backendFailed': 'Das Backend {backend} ist ausgefallen ({error})',
  'engine.thread.noWorkers': 'dieser Browser keine Modul-Worker hat',
  'engine.thread.noOffscreenCanvas': 'dieser Browser kein OffscreenCanvas zum Zeichnen mit der GPU in einem Worker hat',
  'engine.thread.safari': 'Safari mit WebGL nur auf der Seite zeichnet',
};
