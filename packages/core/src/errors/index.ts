export {
  UserError,
  ConfigurationError,
  isUserError,
  describeFileSystemError,
  type UserErrorKind,
} from './user-error.js';
