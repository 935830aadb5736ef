// The editors' JSON Schema files (the same as data/_schemas/), published next to the reference.
import type { APIRoute } from 'astro';
import { ENTITIES, entitySchemaText, schemaFileName, type Entity } from '../../schemas/json-schema.ts';
import { shardPaths } from '../../lib/shard.ts';

export const getStaticPaths = () =>
	shardPaths(ENTITIES.map((entity) => ({ params: { schema: schemaFileName(entity) }, props: { entity } })));

export const GET: APIRoute<{ entity: Entity }> = ({ props }) =>
	new Response(entitySchemaText(props.entity), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
