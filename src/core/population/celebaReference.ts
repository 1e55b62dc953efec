/**
 * CelebA's own attribute labels, for comparison with what the model draws. Counts of images
 * labelled 1 in list_attr_celeba.txt (Liu et al., "Deep Learning Face Attributes in the Wild",
 * ICCV 2015; 202,599 images), as counted from that file; each attribute's positives and
 * negatives add up to 202,599, and Mouth_Slightly_Open's 97,942 matches Wu et al., CVPRW 2023.
 * These are annotators' binary judgements, not the classifiers the app measures with.
 */
import { message, type Message } from '../../i18n/catalogue';
import { countValue } from '../../i18n/values';

export const CELEBA_IMAGES = 202_599;

export const CELEBA_SOURCE: Message = message('report.celeba.source', { images: countValue(CELEBA_IMAGES) });

export type CelebaAttribute = 'Male' | 'Young' | 'Smiling' | 'Pale_Skin';

export interface CelebaShare {
  /** The attribute's column in list_attr_celeba.txt. */
  attribute: CelebaAttribute;
  positives: number;
  share: number;
  /** As shown: the column name in English, its meaning in other languages. */
  name: Message;
  /** How far it is from what the app measures. */
  note: Message;
}

const share = (attribute: CelebaAttribute, positives: number): CelebaShare => ({
  attribute,
  positives,
  share: positives / CELEBA_IMAGES,
  name: message(`report.celeba.${attribute}`),
  note: message(`report.celeba.${attribute}.note`),
});

export const CELEBA_SHARES: readonly CelebaShare[] = [
  share('Male', 84_437),
  share('Smiling', 97_669),
  share('Young', 156_734),
  share('Pale_Skin', 8_701),
];
