# The demo's environment with Terraform's built-in resources only (no provider to download): a local-exec
# starts the embedded PostgreSQL and the shop API (start.mjs), a destroy-time local-exec stops them (stop.mjs).
# State of the running environment lives in .state/<id>/; outputs are read from the file start.mjs writes.
terraform {
  required_version = ">= 1.4" # terraform_data
}

resource "terraform_data" "environment" {
  provisioner "local-exec" {
    command = "node start.mjs"
    environment = {
      TESTPIPE_ENVIRONMENT_DIR = ".state/${self.id}"
    }
  }

  # Destroy-time provisioners may reference only self.
  provisioner "local-exec" {
    when    = destroy
    command = "node stop.mjs"
    environment = {
      TESTPIPE_ENVIRONMENT_DIR = ".state/${self.id}"
    }
  }
}

locals {
  # self.id is unknown at plan time: the file is read at apply, after start.mjs wrote it.
  outputs = jsondecode(file("${path.module}/.state/${terraform_data.environment.id}/outputs.json"))
}

output "api_url" {
  description = "The shop API, e.g. http://127.0.0.1:41234"
  value       = local.outputs.api_url
}

output "database_url" {
  description = "The seeded test database (holds the password)"
  value       = local.outputs.database_url
  sensitive   = true
}

output "source_url" {
  description = "The production stand-in the seed copies customers from, masked (holds the password)"
  value       = local.outputs.source_url
  sensitive   = true
}
