// /cite/<page>.ris: the ris citation of the thesis (/cite/thesis.ris) or of a citable page (src/citation/site.ts).
import { downloadRoute } from '~/citation/site';

export const { getStaticPaths, GET } = downloadRoute('ris');
