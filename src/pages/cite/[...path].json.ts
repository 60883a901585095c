// /cite/<page>.json: the json citation of the thesis (/cite/thesis.json) or of a citable page (src/citation/site.ts).
import { downloadRoute } from '~/citation/site';

export const { getStaticPaths, GET } = downloadRoute('json');
