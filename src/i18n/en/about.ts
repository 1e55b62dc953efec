/** The About panel. `**strong**`, `*em*` and `` `code` `` mark emphasis (src/i18n/rich.ts). */
export const about = {
  'about.heading': 'About the model and its measurements',
  'about.modelHeading': 'The face model',
  'about.model':
    "**ProGAN-128** (Progressive GAN, Karras et al. 2018), from TF-Hub's `progan-128`, released under the Apache 2.0 licence and converted to TF.js. It draws 128 × 128 px faces from a 512-number latent vector.",
  'about.celeba':
    'It was trained on **CelebA**: photographs of celebrities. CelebA over-represents young, light-skinned faces and stereotyped gender presentation, and the generator reproduces these skews. What you see is what the data taught it, not what faces are like.',
  'about.slidersHeading': 'How the sliders were made',
  'about.sliders':
    "Each slider moves along a direction in latent space fitted by regression on the classifiers' readings of generated faces.",
  'about.fit': '**{label}** — fitted to {target}. {quality}',
  'about.software': 'Software: {packages}.',
  'about.noFit': 'The fitted directions are not loaded, so their provenance cannot be shown.',
  'about.classifiersHeading': 'The measuring classifiers have biases too',
  'about.classifiers1':
    'Age, sex and expression come from **face-api**\'s small networks, trained mostly on celebrity and web photographs. "P(male)" is a *binary* classifier of gender presentation; it knows nothing of gender identity, and it fails more on some groups than others.',
  'about.classifiers2':
    'The age regressor is typically off by several years, and its errors are not the same for every group; it reads apparent age, which make-up, hair and lighting shift.',
  'about.classifiers3':
    'Skin tone is read from pixels (below): lighting, white balance and make-up still move it, though less than the older ITA° did.',
  'about.classifiers4': 'Head yaw is estimated from landmarks: an ordinal scale, not a calibrated angle.',
  'about.classifiersSo': "So a change in the readout may be the generator's bias, the classifier's, or both: look at the faces too.",
  'about.skinHeading': 'How skin tone is measured',
  'about.skin1':
    "From the skin alone: a mask placed by face-api's 68 landmarks covers the face and leaves out the eyes, brows, nostrils, lips and the beard area. Blown highlights (two channels or more at white) and crushed shadows are left out, and of the rest only the lit band of the skin is averaged, from the 60th to the 95th percentile of lightness L*: above the shadowed side, below the sheen. The colour is placed on the **Monk Skin Tone scale**, ten tones by Ellis Monk, published by Google in 2022 under CC BY 4.0 (skintone.google), and shown as that tone's swatch beside the measured colour, together with its perceptual lightness **L*** and **hue** angle, the two dimensions of apparent skin colour that Thong, Joniak and Xiang (ICCV 2023) measure. The dermatologists' **ITA°** follows lighting and white balance on photographs, so it is kept only as a number, for continuity with earlier figures. A face the detector misses is measured in the aligned crop's box, where this generator always draws the face, so no face drops out of the counts.",
  'about.skin2':
    "Photographed skin is not the printed swatch (this generator brightens and yellows every skin, and dark skin under a key light reads far lighter than swatches 7–10), so the tone is not the swatch nearest in colour: it is a line through the lit skin's L*, a* and b* fitted to 244 generated faces rated by eye against the swatches.",
  'about.agreeHeading': 'How well it agrees with people',
  'about.agree1':
    "On those 244 faces, scored out of fold (each face's tone from a line fitted without it): the group (light 1–3, medium 4–6, dark 7–10) agrees with the rating for {group} of faces, the tone is within one for {within}, exact for {exact}. The old ITA° reading: {oldGroup}, {oldWithin}, {oldExact}.",
  'about.agree2':
    'No light-rated face reads dark (the old reading: 6 of 136); 7 of 93 medium faces read dark (27); 10 of 15 dark faces read dark (14 of 15, but only because the old reading called so many faces dark).',
  'about.agree3': 'Under ±{exposure} exposure or a warm or cool colour cast, the tone stays within one for {stable} of faces.',
  'about.agree4':
    'The face detector finds {found} of those faces ({before} before); the rest are measured in the aligned crop. One rater made the ratings, and people disagree about Monk tones: treat neighbouring tones, and the light/medium boundary, as uncertain.',
  'about.auditHeading': 'What "Who does this model draw?" can and cannot say',
  'about.audit1':
    "Every share there is a classifier's reading of generated pixels. \"Read as female / male\" is face-api's binary reading of gender presentation: not anyone's gender, and an error-prone one on faces unlike its training photographs.",
  'about.audit2':
    "The age bins are face-api's apparent age. The Monk tones come from pixels: lighting and this generator's look still move them, so neighbouring tones are not sharply told apart, and faces with too little bare skin in frame are left out of the skin shares. Faces the detector missed are counted (measured in the aligned crop), and the panel says how many and which skin groups they had.",
  'about.audit3':
    'CelebA\'s shares are annotators\' yes/no labels ("Young" has no age threshold; "Pale_Skin" is not a Monk tone), so they are a reference for the training data, not the same measurement.',
  'about.audit4':
    "The 95 % intervals (Wilson) show sampling noise only, not the classifiers' bias. A share near 50 % needs about {n10} faces for ±10 points, {n5} for ±5 and {n3} for ±3; a cancelled audit has fewer faces and so wider intervals. Two audits differ clearly only where their intervals do not overlap.",
  'about.identityHeading': 'Is it still the same person?',
  'about.identity':
    "**Identity distance** compares the face shown with the same seed's face with every slider at 50, using face-api's face recognition network (a port of dlib's ResNet face embedding: 128 numbers per face, compared by Euclidean distance). Under **{threshold}** reads as \"likely the same person\", at or above it as \"a different person\": the threshold face-api's own face matcher uses, which dlib chose to tell real people apart in news photographs (the LFW benchmark). Generated faces are not photographs, so treat the verdict as a hint and look at the faces; a change of the slider's own attribute (a smile, an age) moves the distance too.",
  'about.locks':
    '**Locks that hold per face.** A lock first removes the locked attribute\'s direction from the other sliders, which keeps the classifier\'s reading on average but not on every face. When the face rests, the engine then nudges it along the locked directions, measuring each try, until each locked reading is back near its value with the other sliders at 50 (within ±{pMale} for P(male) and P(happy), ±{age} years, ±{skinL} in skin lightness L* and ±{yaw}° in yaw). The readout says "held", or "could not hold" with how far it stayed off. It holds what face-api reads, which other people and classifiers may still see differently.',
  'about.classHeading': 'Using this in a class',
  'about.class1': 'Pick a face and move one slider (say Smiling) from 0 to 100. Watch the readout: what else changes?',
  'about.class2': 'Run a sweep of that slider over several faces. Read the side-effect sentence and the charts: is the change consistent?',
  'about.class3': 'Look at the entanglement table: which directions overlap? Does it predict what the sweep found?',
  'about.class4': 'Lock the attribute that moved by accident (say Male) and sweep again. What changed, and what did the lock cost?',
  'about.class5': 'Download the CSV and compare groups of faces; discuss where the skew comes from: CelebA, the GAN, or the classifiers.',
  'about.class6': 'Discuss: who is missing from the faces this model draws, and what would it take to fix it?',
} as const;
