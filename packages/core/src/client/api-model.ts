/** A model as `GET /models` lists it (API field names). The list is dynamic: never assume a count. */
export interface ApiModel {
  id: string;
  display_name?: string;
  category?: "image" | "video" | "audio" | "chat" | (string & {});
  runtime?: string;
  base_credits?: number;
  billing_type?: "FIXED" | "METERED" | (string & {});
  supported_modes?: string[];
  max_prompt_length?: number | null;
  reference_media?: unknown;
  params?: unknown[];
  api_status?: "available" | "coming_soon" | "studio_only" | (string & {});
  [field: string]: unknown;
}
