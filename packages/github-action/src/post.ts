import { runPost } from "./run-post.js";

runPost();
