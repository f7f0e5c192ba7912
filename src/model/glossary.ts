// 名词解释
import { z } from 'zod';

export const glossaryEntrySchema = z.object({ term: z.string().min(1), definition: z.string().min(1) });
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
