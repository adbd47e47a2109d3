export {
  startGitLabApiServer,
  type GitLabApiServer,
  type GitLabApiServerOptions,
  type GitLabFault,
  type GitLabNote,
  type GitLabTokenScope,
  type GitLabUser,
} from './server.js';
