import type { APIRoute } from 'astro';
import { chartCsvPaths, chartCsvResponse } from '../../../../data/chart-csv.ts';

export const getStaticPaths = () => chartCsvPaths('ja');
export const GET: APIRoute = ({ props }) => chartCsvResponse(props as Parameters<typeof chartCsvResponse>[0], 'ja');
