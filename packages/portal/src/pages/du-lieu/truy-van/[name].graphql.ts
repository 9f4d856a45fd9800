import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../data/site-data-store.js';

export function getStaticPaths() {
  return Object.entries(loadSiteData().queryFiles).map(([name, text]) => ({ params: { name }, props: { text } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'content-type': 'application/graphql; charset=utf-8' } });
