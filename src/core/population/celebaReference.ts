/**
 * CelebA's own attribute labels, for comparison with what the model draws. Counts of images
 * labelled 1 in list_attr_celeba.txt (Liu et al., "Deep Learning Face Attributes in the Wild",
 * ICCV 2015; 202,599 images), as counted from that file; each attribute's positives and
 * negatives add up to 202,599, and Mouth_Slightly_Open's 97,942 matches Wu et al., CVPRW 2023.
 * These are annotators' binary judgements, not the classifiers the app measures with.
 */
export const CELEBA_IMAGES = 202_599;

export const CELEBA_SOURCE =
  'CelebA list_attr_celeba.txt (Liu et al., ICCV 2015): share of the 202,599 images an annotator labelled with the attribute';

export interface CelebaShare {
  attribute: 'Male' | 'Young' | 'Smiling' | 'Pale_Skin';
  positives: number;
  share: number;
  /** How far it is from what the app measures. */
  note: string;
}

const share = (attribute: CelebaShare['attribute'], positives: number, note: string): CelebaShare => ({
  attribute,
  positives,
  share: positives / CELEBA_IMAGES,
  note,
});

export const CELEBA_SHARES: readonly CelebaShare[] = [
  share('Male', 84_437, 'an annotator’s label; the app’s is face-api’s P(male) > 0.5'),
  share('Smiling', 97_669, 'an annotator’s label; the app’s is face-api’s P(happy) > 0.5'),
  share('Young', 156_734, 'an annotator’s yes/no with no age threshold: not comparable with an age bin'),
  share('Pale_Skin', 8_701, 'an annotator’s “pale”, not a Monk tone: roughly comparable at best with the lightest tones'),
];
