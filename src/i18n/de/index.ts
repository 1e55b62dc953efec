import type { Catalogue } from '../catalogue';
import { about } from './about';
import { engine } from './engine';
import { explore } from './explore';
import { lessons } from './lessons';
import { link } from './link';
import { panels } from './panels';
import { presenter } from './presenter';
import { reports } from './reports';
import { shell } from './shell';
import { tools } from './tools';

export const de: Catalogue = {
  ...shell,
  ...explore,
  ...presenter,
  ...tools,
  ...panels,
  ...about,
  ...link,
  ...engine,
  ...reports,
  ...lessons,
};
